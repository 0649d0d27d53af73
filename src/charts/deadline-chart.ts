/**
 * Geometry of the "deadlines by month, by status" stacked bar chart, computed with d3 scales at
 * build time. The component only draws what this returns.
 */
import { scaleBand, scaleLinear } from 'd3';
import type { MonthBucket } from '../domain/rollups.ts';
import { DERIVED_STATUSES, type DerivedStatusCode } from '../domain/status.ts';

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
  bars: { month: string; x: number; width: number; total: number; segments: BarSegment[] }[];
  yTicks: { value: number; y: number }[];
}

export function layoutDeadlineChart(buckets: readonly MonthBucket[], width = 640, height = 260): DeadlineChartLayout {
  const plot = { left: 36, top: 12, right: width - 8, bottom: height - 40 };
  const x = scaleBand<string>()
    .domain(buckets.map((b) => b.month))
    .range([plot.left, plot.right])
    .padding(0.25);
  const max = Math.max(1, ...buckets.map((b) => b.total));
  const y = scaleLinear().domain([0, max]).nice().range([plot.bottom, plot.top]);
  const bars = buckets.map((bucket) => {
    let base = 0;
    const segments: BarSegment[] = [];
    for (const status of DERIVED_STATUSES) {
      const count = bucket.counts[status];
      if (count === 0) continue;
      segments.push({ status, count, x: x(bucket.month)!, width: x.bandwidth(), y: y(base + count), height: y(base) - y(base + count) });
      base += count;
    }
    return { month: bucket.month, x: x(bucket.month)!, width: x.bandwidth(), total: bucket.total, segments };
  });
  const yTicks = y.ticks(Math.min(max, 5)).filter(Number.isInteger).map((value) => ({ value, y: y(value) }));
  return { width, height, plot, bars, yTicks };
}
