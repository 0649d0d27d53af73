/**
 * Where a chart's labels go so that none sits over a data line, a marker or another label: each
 * label tries its places in order of preference and takes the first that is clear and inside the
 * drawing. Text is measured at build time with the chart font's own metrics (text-metrics.ts): the
 * font the charts ship and draw with, so the boxes are those the reader's browser draws.
 */
import { ascentOf, descentOf, textWidth, type ChartFontWeight } from './text-metrics.ts';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A straight piece of a drawn line, with half its stroke width. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  half: number;
}

export type Anchor = 'start' | 'middle' | 'end';

/** A label's place: its baseline point and text-anchor, as SVG draws it. */
export interface Spot {
  x: number;
  y: number;
  anchor: Anchor;
}

export interface LabelToPlace {
  text: string;
  /** Font size in drawing units. */
  size: number;
  /** Font weight, when bolder than 400. */
  weight?: ChartFontWeight;
  /** Whether it is drawn slanted (font-style: italic). */
  italic?: boolean;
  /** Places to try, best first. */
  spots: Spot[];
}

/** Space kept between a label and anything else. */
const GAP = 2;

/** The box a label at `spot` covers: from above its accents (Vietnamese stacks two) to below its descenders. */
export function labelBox(text: string, size: number, spot: Spot, weight: ChartFontWeight = 400, italic = false): Box {
  const width = textWidth(text, size, weight, italic);
  const left = spot.anchor === 'start' ? spot.x : spot.anchor === 'end' ? spot.x - width : spot.x - width / 2;
  return { left, top: spot.y - ascentOf(size), right: left + width, bottom: spot.y + descentOf(size) };
}

const overlaps = (a: Box, b: Box) => a.left < b.right + GAP && b.left < a.right + GAP && a.top < b.bottom + GAP && b.top < a.bottom + GAP;

/** True when the segment, thickened by its stroke, touches the box (checked every half unit along it). */
export function segmentHits(segment: Segment, box: Box): boolean {
  const length = Math.hypot(segment.x2 - segment.x1, segment.y2 - segment.y1);
  const steps = Math.max(1, Math.ceil(length * 2));
  for (let i = 0; i <= steps; i++) {
    const x = segment.x1 + ((segment.x2 - segment.x1) * i) / steps;
    const y = segment.y1 + ((segment.y2 - segment.y1) * i) / steps;
    const h = segment.half;
    if (overlaps(box, { left: x - h, top: y - h, right: x + h, bottom: y + h })) return true;
  }
  return false;
}

/**
 * One spot (or null: no clear place) per label, in the order given; earlier labels are placed
 * first and later ones keep clear of them.
 */
export function placeLabels(
  labels: readonly LabelToPlace[],
  obstacles: { segments: readonly Segment[]; boxes: readonly Box[] },
  bounds: Box,
): (Spot | null)[] {
  const taken: Box[] = [...obstacles.boxes];
  return labels.map((label) => {
    for (const spot of label.spots) {
      const box = labelBox(label.text, label.size, spot, label.weight, label.italic);
      const inside = box.left >= bounds.left && box.right <= bounds.right && box.top >= bounds.top && box.bottom <= bounds.bottom;
      if (!inside || taken.some((other) => overlaps(box, other)) || obstacles.segments.some((s) => segmentHits(s, box))) continue;
      taken.push(box);
      return spot;
    }
    return null;
  });
}
