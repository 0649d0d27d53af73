/**
 * Chart labels keep clear of the data: the placement rules on drawings worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { layoutDeadlineChart } from '../../src/charts/deadline-chart.ts';
import { labelBox, placeLabels, segmentHits } from '../../src/charts/label-placement.ts';
import type { MonthBucket } from '../../src/domain/rollups.ts';
import { DERIVED_STATUSES } from '../../src/domain/status.ts';

describe('segmentHits', () => {
  // A line along y = 10 from x = 0 to 100, 2 units thick: it covers y 9–11, and 2 units of gap are kept.
  const line = { x1: 0, y1: 10, x2: 100, y2: 10, half: 1 };
  it('is false for a box whose bottom, with the gap, stays above the stroke', () => {
    expect(segmentHits(line, { left: 10, top: 0, right: 20, bottom: 6.9 })).toBe(false);
  });
  it('is true once the box comes within the gap of the stroke', () => {
    expect(segmentHits(line, { left: 10, top: 0, right: 20, bottom: 7.1 })).toBe(true);
  });
  it('is false for a box beside the line’s end', () => {
    expect(segmentHits(line, { left: 103.1, top: 5, right: 120, bottom: 15 })).toBe(false);
  });
});

describe('labelBox', () => {
  // Widths are the advances plus 1 % and 2.5 units for a browser's rounding (text-metrics.ts).
  const width = (thousandths: number, size = 10) => ((thousandths * 1.01) / 1000) * size + 2.5;
  it("measures with the chart font's advances, from its ascent above the baseline to its descent below", () => {
    // "Target" at 10 units in Noto Sans 400: T 556 + a 561 + r 413 + g 615 + e 564 + t 361 = 3,070
    // thousandths of an em, ending at x = 100; ascent 1,069 and descent 293 thousandths.
    const box = labelBox('Target', 10, { x: 100, y: 50, anchor: 'end' });
    expect(box.left).toBeCloseTo(100 - width(3070));
    expect(box.right).toBe(100);
    expect(box.top).toBeCloseTo(39.31);
    expect(box.bottom).toBeCloseTo(52.93);
  });
  it('measures a bold label with the bold advances, a character the font lacks as a whole em, and a slanted one wider', () => {
    // "Target" in Noto Sans 600: T 569 + a 585 + r 434 + g 626 + e 585 + t 406 = 3,205 thousandths.
    expect(labelBox('Target', 10, { x: 0, y: 0, anchor: 'start' }, 600).right).toBeCloseTo(width(3205));
    // Digits are as wide in both weights: "2030" is 4 × 572 thousandths.
    expect(labelBox('2030', 10, { x: 0, y: 0, anchor: 'start' }, 600).right).toBeCloseTo(width(2288));
    expect(labelBox('数', 10, { x: 0, y: 0, anchor: 'start' }).right).toBeCloseTo(width(1000));
    // Slanted, a quarter of the ascent more: 0.25 × 1,069 thousandths.
    expect(labelBox('2030', 10, { x: 0, y: 0, anchor: 'start' }, 400, true).right).toBeCloseTo(width(2288) + 2.6725);
  });
});

describe('placeLabels', () => {
  const bounds = { left: 0, top: 0, right: 200, bottom: 100 };
  const line = { x1: 0, y1: 50, x2: 200, y2: 50, half: 1 };
  const above = { x: 100, y: 52, anchor: 'middle' as const };
  const below = { x: 100, y: 70, anchor: 'middle' as const };
  it('skips a place over a line and takes the next', () => {
    expect(placeLabels([{ text: '12', size: 10, spots: [above, below] }], { segments: [line], boxes: [] }, bounds)).toEqual([below]);
  });
  it('keeps a later label off an earlier one, and gives null when no place is left', () => {
    const labels = [
      { text: '12', size: 10, spots: [below] },
      { text: '34', size: 10, spots: [above, below] },
    ];
    expect(placeLabels(labels, { segments: [line], boxes: [] }, bounds)).toEqual([below, null]);
  });
  it('refuses a place outside the drawing', () => {
    const edge = { x: 198, y: 70, anchor: 'start' as const };
    expect(placeLabels([{ text: '12', size: 10, spots: [edge, below] }], { segments: [], boxes: [] }, bounds)).toEqual([below]);
  });
  it('refuses a place over a marker', () => {
    const marker = { left: 95, top: 60, right: 105, bottom: 70 };
    expect(placeLabels([{ text: '12', size: 10, spots: [below, above] }], { segments: [], boxes: [marker] }, bounds)).toEqual([above]);
  });
});

describe('the deadline chart’s totals and the data-date line', () => {
  const march = (total: number): MonthBucket => ({
    month: '2026-03',
    total,
    counts: { ...Object.fromEntries(DERIVED_STATUSES.map((code) => [code, 0])), not_yet_due: total } as MonthBucket['counts'],
  });
  // One bar in a 340-unit drawing: the band runs over 30–332 with 0.25 padding, so step = 302 / 1.25
  // = 241.6, the bar is 181.2 wide from x = 90.4, its centre at 181.
  it('centres the total when the line passes clear of it (13 March: x = 90.4 + 181.2 × 12.5/31 = 163.5)', () => {
    const bar = layoutDeadlineChart([march(3)], '2026-03-13').bars[0]!;
    expect(bar.totalAt).toEqual({ x: 181, anchor: 'middle' });
  });
  it('moves the total beside the line when it would cross it (16 March: x = 90.4 + 181.2 × 15.5/31 = 181)', () => {
    const { bars, today } = layoutDeadlineChart([march(3)], '2026-03-16');
    expect(today!.x).toBeCloseTo(181);
    expect(bars[0]!.totalAt.anchor).toBe('end');
    expect(bars[0]!.totalAt.x).toBeCloseTo(178);
  });
});
