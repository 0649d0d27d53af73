/**
 * Geometry of an indicator's chart: reported values over time against the target line(s), with
 * d3 time and linear scales and a d3 line, computed at build time.
 */
import { scaleLinear, scaleUtc } from 'd3';
import { line } from 'd3';
import type { Indicator } from '../domain/schema/index.ts';

export interface IndicatorChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; bottom: number; right: number };
  path: string | null;
  points: { x: number; y: number; value: number; date: string; comparable: boolean }[];
  targets: { x: number; y: number; value: number; date: string }[];
  xTicks: { year: number; x: number }[];
  yTicks: { value: number; y: number }[];
  /** True for ranks: smaller is better, so the axis runs top (1st) to bottom. */
  inverted: boolean;
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Null when the indicator has no numeric value to draw. */
export function layoutIndicatorChart(indicator: Indicator, width = 640, height = 280): IndicatorChartLayout | null {
  const observed = indicator.observations.filter((o) => o.value !== undefined) as (Indicator['observations'][number] & { value: number })[];
  const targets = indicator.targets.filter((t) => t.value !== undefined) as (Indicator['targets'][number] & { value: number })[];
  if (observed.length === 0) return null;
  const plot = { left: 48, top: 16, right: width - 16, bottom: height - 32 };
  const dates = [...observed.map((o) => o.date), ...targets.map((t) => t.date)].map(utc);
  const first = new Date(Math.min(...dates.map(Number)));
  const last = new Date(Math.max(...dates.map(Number)));
  const x = scaleUtc()
    .domain([new Date(Date.UTC(first.getUTCFullYear(), 0, 1)), new Date(Date.UTC(last.getUTCFullYear() + 1, 0, 1))])
    .range([plot.left, plot.right]);
  const values = [...observed.map((o) => o.value), ...targets.map((t) => t.value)];
  const inverted = indicator.direction === 'down';
  const lo = inverted ? Math.max(0, Math.min(...values) - 5) : 0;
  const hi = Math.max(...values) * 1.1;
  const y = scaleLinear().domain([lo, hi]).nice().range(inverted ? [plot.top, plot.bottom] : [plot.bottom, plot.top]);
  const comparable = observed.filter((o) => o.comparable);
  const path = comparable.length >= 2 ? line<(typeof comparable)[number]>().x((o) => x(utc(o.date))).y((o) => y(o.value))(comparable) : null;
  const span = last.getUTCFullYear() - first.getUTCFullYear();
  const step = span > 12 ? 5 : span > 6 ? 2 : 1;
  const xTicks = x
    .ticks(20)
    .map((d) => d.getUTCFullYear())
    .filter((year, i, all) => all.indexOf(year) === i && year % step === 0)
    .map((year) => ({ year, x: x(new Date(Date.UTC(year, 0, 1))) }));
  return {
    width,
    height,
    plot,
    path,
    points: observed.map((o) => ({ x: x(utc(o.date)), y: y(o.value), value: o.value, date: o.date, comparable: o.comparable })),
    targets: targets.map((t) => ({ x: x(utc(t.date)), y: y(t.value), value: t.value, date: t.date })),
    xTicks,
    yTicks: y.ticks(5).map((value) => ({ value, y: y(value) })),
    inverted,
  };
}
