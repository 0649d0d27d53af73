/**
 * Geometry of an indicator's chart: reported values over time against the target line(s), with
 * d3 time and linear scales and a d3 line, computed at build time.
 */
import { scaleLinear, scaleUtc } from 'd3';
import { line } from 'd3';
import type { Indicator } from '../domain/schema/index.ts';
import { labelBox, placeLabels, type Box, type LabelToPlace, type Segment, type Spot } from './label-placement.ts';

export interface IndicatorChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; bottom: number; right: number };
  path: string | null;
  points: { x: number; y: number; value: number; date: string; comparable: boolean }[];
  targets: { x: number; y: number; value: number; date: string }[];
  xTicks: { year: number; x: number }[];
  yTicks: { value: number; y: number }[];
  /** The straight-line trend from the latest comparable value to the target date, when one was drawn. */
  trend: { x1: number; y1: number; x2: number; y2: number; value: number; date: string } | null;
  /** True for ranks: smaller is better, so the axis runs top (1st) to bottom. */
  inverted: boolean;
}

/** A point the trend line starts or ends at. */
export interface TrendEnd {
  date: string;
  value: number;
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Null when the indicator has no comparable numeric value to draw. Figures that measure something
 * else than the target are left out: on the target's axis they would read as progress towards it
 * (the page lists them in its table). `trend` (latest value → projected value at the target date)
 * is drawn as its own line so the verdict can be seen, not only read.
 */
export function layoutIndicatorChart(
  indicator: Indicator,
  width = 640,
  height = 280,
  trend: { from: TrendEnd; to: TrendEnd } | null = null,
): IndicatorChartLayout | null {
  const observed = indicator.observations.filter((o) => o.value !== undefined && o.comparable) as (Indicator['observations'][number] & {
    value: number;
  })[];
  const targets = indicator.targets.filter((t) => t.value !== undefined) as (Indicator['targets'][number] & { value: number })[];
  if (observed.length === 0) return null;
  // The top margin holds the value axis's unit.
  const plot = { left: 48, top: 30, right: width - 16, bottom: height - 32 };
  const dates = [...observed.map((o) => o.date), ...targets.map((t) => t.date)].map(utc);
  const first = new Date(Math.min(...dates.map(Number)));
  const last = new Date(Math.max(...dates.map(Number)));
  const x = scaleUtc()
    .domain([new Date(Date.UTC(first.getUTCFullYear(), 0, 1)), new Date(Date.UTC(last.getUTCFullYear() + 1, 0, 1))])
    .range([plot.left, plot.right]);
  const values = [...observed.map((o) => o.value), ...targets.map((t) => t.value), ...(trend ? [trend.to.value] : [])];
  const inverted = indicator.direction === 'down';
  const lo = inverted ? Math.max(0, Math.min(...values) - 5) : Math.min(0, ...values);
  const hi = Math.max(...values) * 1.1;
  const y = scaleLinear()
    .domain([lo, hi])
    .nice()
    .range(inverted ? [plot.top, plot.bottom] : [plot.bottom, plot.top]);
  const comparable = observed.filter((o) => o.comparable);
  const path =
    comparable.length >= 2
      ? line<(typeof comparable)[number]>()
          .x((o) => x(utc(o.date)))
          .y((o) => y(o.value))(comparable)
      : null;
  const span = last.getUTCFullYear() - first.getUTCFullYear();
  // About one year label per 60 px, at a round step, so a phone-sized chart stays legible.
  const fit = Math.max(1, Math.ceil((span + 1) / ((plot.right - plot.left) / 60)));
  const step = [1, 2, 5, 10].find((s) => s >= fit) ?? 10;
  // Figures and targets are dated at the end of their period (2021-12-31 for "2021"), so each
  // year's label sits at its 31 December: the 2021 figure lines up with "2021", not "2022".
  const years = Array.from({ length: span + 1 }, (_, i) => first.getUTCFullYear() + i);
  const xTicks = years.filter((year) => year % step === 0).map((year) => ({ year, x: x(new Date(Date.UTC(year, 11, 31))) }));
  return {
    width,
    height,
    plot,
    path,
    points: observed.map((o) => ({ x: x(utc(o.date)), y: y(o.value), value: o.value, date: o.date, comparable: o.comparable })),
    targets: targets.map((t) => ({ x: x(utc(t.date)), y: y(t.value), value: t.value, date: t.date })),
    xTicks,
    yTicks: y.ticks(5).map((value) => ({ value, y: y(value) })),
    trend: trend && {
      x1: x(utc(trend.from.date)),
      y1: y(trend.from.value),
      x2: x(utc(trend.to.date)),
      y2: y(trend.to.value),
      value: trend.to.value,
      date: trend.to.date,
    },
    inverted,
  };
}

/** The texts of an indicator chart's labels, already translated and formatted. */
export interface IndicatorChartTexts {
  unit: string;
  targets: string[];
  trend: string | null;
  points: string[];
}

/**
 * Where each label of the chart goes, clear of the value line, the target and trend lines, every
 * marker and each other (see label-placement.ts). Targets first, then the trend, then the points'
 * values. A target or trend label with no clear place goes to the key under the chart (`null`); a
 * point's value with none is left out (it is in the point's tooltip and the data table).
 */
export function placeIndicatorLabels(
  layout: IndicatorChartLayout,
  texts: IndicatorChartTexts,
  sizes: { axis: number; label: number },
): { targets: (Spot | null)[]; trend: Spot | null; points: (Spot | null)[] } {
  const { plot } = layout;
  const size = sizes.label;
  const comparable = layout.points.filter((p) => p.comparable);
  const segments: Segment[] = [
    ...comparable.slice(1).map((p, i) => ({ x1: comparable[i]!.x, y1: comparable[i]!.y, x2: p.x, y2: p.y, half: 1.5 })),
    ...layout.targets.map((t) => ({ x1: plot.left, y1: t.y, x2: t.x, y2: t.y, half: 1 })),
    ...(layout.trend ? [{ x1: layout.trend.x1, y1: layout.trend.y1, x2: layout.trend.x2, y2: layout.trend.y2, half: 1 }] : []),
  ];
  const around = (x: number, y: number, r: number): Box => ({ left: x - r, top: y - r, right: x + r, bottom: y + r });
  const boxes: Box[] = [
    labelBox(texts.unit, sizes.axis, { x: 4, y: 14, anchor: 'start' }),
    ...layout.points.map((p) => around(p.x, p.y, 6)),
    ...layout.targets.map((t) => around(t.x, t.y, 6)),
    ...(layout.trend ? [around(layout.trend.x2, layout.trend.y2, 7)] : []),
  ];
  const bounds = { left: plot.left + 2, top: 2, right: layout.width - 2, bottom: plot.bottom - 2 };
  // Above, below, then beside a point, at a distance that clears its marker.
  const near = (x: number, y: number, d: number): Spot[] => [
    { x, y: y - d, anchor: 'middle' },
    { x, y: y + d + size, anchor: 'middle' },
    { x: x + d, y: y + size / 3, anchor: 'start' },
    { x: x - d, y: y + size / 3, anchor: 'end' },
    { x: x + d, y: y - d, anchor: 'start' },
    { x: x - d, y: y - d, anchor: 'end' },
    { x: x + d, y: y + d + size, anchor: 'start' },
    { x: x - d, y: y + d + size, anchor: 'end' },
  ];
  // Along its line, above then below, from the target's end back towards the axis; then around its end.
  const alongTarget = (t: IndicatorChartLayout['targets'][number]): Spot[] => [
    ...[t.x - 10, plot.left + 4 + (t.x - 10 - plot.left - 4) / 2, plot.left + 4].flatMap((x, i) => [
      { x, y: t.y - 6, anchor: (['end', 'middle', 'start'] as const)[i]! },
      { x, y: t.y + 4 + size, anchor: (['end', 'middle', 'start'] as const)[i]! },
    ]),
    ...near(t.x, t.y, 10),
    ...near(t.x, t.y, 22),
  ];
  const labels: LabelToPlace[] = [
    // Target labels are drawn in bold (IndicatorChart.astro), so they are measured in bold.
    ...layout.targets.map((t, i) => ({ text: texts.targets[i]!, size, weight: 600 as const, spots: alongTarget(t) })),
    ...(layout.trend && texts.trend
      ? [
          {
            text: texts.trend,
            size,
            italic: true,
            spots: [...near(layout.trend.x2, layout.trend.y2, 11), ...near(layout.trend.x2, layout.trend.y2, 24)],
          },
        ]
      : []),
    ...layout.points.map((p, i) => ({ text: texts.points[i]!, size, spots: near(p.x, p.y, 9) })),
  ];
  const spots = placeLabels(labels, { segments, boxes }, bounds);
  const targets = spots.slice(0, layout.targets.length);
  const trendCount = layout.trend && texts.trend ? 1 : 0;
  return {
    targets,
    trend: trendCount ? spots[layout.targets.length]! : null,
    points: spots.slice(layout.targets.length + trendCount),
  };
}
