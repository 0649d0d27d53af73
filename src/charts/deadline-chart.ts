/**
 * Geometry of the "deadlines by month, by status" stacked bar chart, computed with d3 scales at
 * build time. The component only draws what this returns.
 */
import { scaleBand, scaleLinear } from 'd3';
import type { MonthBucket } from '../domain/rollups.ts';
import { DERIVED_STATUSES, type DerivedStatusCode } from '../domain/status.ts';
import { ascentOf, descentOf, textWidth } from './text-metrics.ts';

export interface BarSegment {
  status: DerivedStatusCode;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DeadlineChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; bottom: number; right: number };
  /** `past`: the month ended before the data date's month, drawn apart from the months still ahead. */
  bars: {
    month: string;
    x: number;
    width: number;
    total: number;
    past: boolean;
    segments: BarSegment[];
    /** Where the total above the bar goes: centred, or beside the data-date line when that runs through it. */
    totalAt: { x: number; anchor: 'middle' | 'start' | 'end' };
  }[];
  yTicks: { value: number; y: number }[];
  /** Where the data date falls on the month axis: within its month's bar, else between the bars around it. */
  today: { x: number } | null;
}

/** The size of every label of the chart, in drawing units. */
export const LABEL_SIZE = 13;

/** The rows above the plot: the value axis's name, then the data-date label (the line starts under it). */
export const AXIS_TITLE_Y = 14;
export const DATA_DATE_Y = 30;
/** Where the data-date line starts: below the label's descenders, with 2 units to spare. */
export const DATA_DATE_LINE_Y = Math.ceil(DATA_DATE_Y + descentOf(LABEL_SIZE) + 2);

/**
 * The baselines of the two rows under the bars, the month and then its year: each line box (the
 * chart font's ascent and descent) clear of the axis line and of the other row.
 */
export const MONTH_ROW = Math.ceil(ascentOf(LABEL_SIZE)) + 2;
export const YEAR_ROW = MONTH_ROW + Math.ceil(descentOf(LABEL_SIZE) + ascentOf(LABEL_SIZE)) + 1;

/** How far above its bar a total's baseline sits: its descenders clear of the bar, with 2 units to spare. */
export const TOTAL_LIFT = Math.ceil(descentOf(LABEL_SIZE)) + 2;

/** The plot's top: the tallest bar's total, lifted, stays clear of the data-date label above it. */
const PLOT_TOP = Math.ceil(DATA_DATE_Y + descentOf(LABEL_SIZE) + 2 + ascentOf(LABEL_SIZE) + TOTAL_LIFT);

/**
 * A narrow drawing (340 units) so that, scaled to a 360 px phone's column (about 294 px), its
 * 13-unit labels stay above 11 px; the page caps its width on large screens so they do not grow
 * past about 17 px.
 */
export function layoutDeadlineChart(buckets: readonly MonthBucket[], asOf: string, width = 340, height = 264): DeadlineChartLayout {
  // The top margin holds the axis name and the data-date label clear of the totals drawn above the bars.
  const plot = { left: 30, top: PLOT_TOP, right: width - 8, bottom: height - 44 };
  const x = scaleBand<string>()
    .domain(buckets.map((b) => b.month))
    .range([plot.left, plot.right])
    .padding(0.25);
  const max = Math.max(1, ...buckets.map((b) => b.total));
  const y = scaleLinear().domain([0, max]).nice().range([plot.bottom, plot.top]);
  const placed = buckets.map((bucket) => {
    let base = 0;
    const segments: BarSegment[] = [];
    for (const status of DERIVED_STATUSES) {
      const count = bucket.counts[status];
      if (count === 0) continue;
      segments.push({ status, count, x: x(bucket.month)!, width: x.bandwidth(), y: y(base + count), height: y(base) - y(base + count) });
      base += count;
    }
    return {
      month: bucket.month,
      x: x(bucket.month)!,
      width: x.bandwidth(),
      total: bucket.total,
      past: bucket.month < asOf.slice(0, 7),
      segments,
    };
  });
  const today = todayMark(placed, asOf, plot);
  const bars = placed.map((bar) => ({ ...bar, totalAt: totalBeside(bar, today) }));
  const yTicks = y
    .ticks(Math.min(max, 5))
    .filter(Number.isInteger)
    .map((value) => ({ value, y: y(value) }));
  return { width, height, plot, bars, yTicks, today };
}

/** The bar's total centred over it, unless the data-date line would cross it: then on the roomier side of the line. */
function totalBeside(
  bar: { x: number; width: number; total: number },
  today: { x: number } | null,
): DeadlineChartLayout['bars'][number]['totalAt'] {
  const centre = bar.x + bar.width / 2;
  // Half the total's width (drawn in bold), and 3 units more to keep it off the line's stroke.
  const half = textWidth(String(bar.total), LABEL_SIZE, 600) / 2 + 3;
  if (!today || Math.abs(today.x - centre) > half) return { x: centre, anchor: 'middle' };
  return today.x >= centre ? { x: today.x - 3, anchor: 'end' } : { x: today.x + 3, anchor: 'start' };
}

/** The data date's place: a fraction of the way through its month's bar, else midway in the gap between months. */
function todayMark(
  bars: readonly { month: string; x: number; width: number }[],
  asOf: string,
  plot: { left: number; right: number },
): { x: number } | null {
  if (bars.length === 0) return null;
  const month = asOf.slice(0, 7);
  const own = bars.find((b) => b.month === month);
  if (own) {
    const day = Number(asOf.slice(8, 10));
    const [year, m] = month.split('-').map(Number) as [number, number];
    const daysInMonth = new Date(Date.UTC(year, m, 0)).getUTCDate();
    return { x: own.x + (own.width * (day - 0.5)) / daysInMonth };
  }
  const after = bars.findIndex((b) => b.month > month);
  if (after === 0) return { x: (plot.left + bars[0]!.x) / 2 };
  const before = bars[after === -1 ? bars.length - 1 : after - 1]!;
  const next = after === -1 ? null : bars[after]!;
  return { x: next ? (before.x + before.width + next.x) / 2 : (before.x + before.width + plot.right) / 2 };
}
