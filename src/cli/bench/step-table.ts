/**
 * The benchmark's step table: each named step of the build (src/integrations/steps.ts) placed on the
 * benchmark's own clock — when it started after the build was launched, how long it took, its share
 * of the end-to-end time — and the time no step covers (Node starting before its clock, the swap
 * into place, the exit). Steps may overlap (the archive packer beside the search index), so shares
 * can add up to more than 100 %.
 */
import type { StepTiming } from '../../integrations/steps.ts';

export interface StepRow {
  step: string;
  /** Seconds after the build was launched. */
  startsAt: number;
  seconds: number;
  /** Of the end-to-end time, 0–1. */
  share: number;
}

/** The row of the time no step covers. */
export const OUTSIDE_STEPS = 'outside the steps (Node start, swap, exit)';

/** Milliseconds covered by at least one of the intervals. */
function covered(intervals: readonly { start: number; end: number }[]): number {
  let total = 0;
  let reach = -Infinity;
  for (const { start, end } of [...intervals].sort((a, b) => a.start - b.start)) {
    if (end <= reach) continue;
    total += end - Math.max(start, reach);
    reach = end;
  }
  return total;
}

/**
 * @param launchedAt when the build process was launched, in milliseconds since 1970
 * @param endToEndMs from the launch to the process's exit
 */
export function stepTable(timings: readonly StepTiming[], launchedAt: number, endToEndMs: number): StepRow[] {
  const row = (step: string, startsAtMs: number, ms: number): StepRow => ({
    step,
    startsAt: startsAtMs / 1000,
    seconds: ms / 1000,
    share: ms / endToEndMs,
  });
  const rows = timings.map((t) => row(t.step, t.start - launchedAt, t.end - t.start));
  return [...rows, row(OUTSIDE_STEPS, 0, endToEndMs - covered(timings))];
}

/**
 * The table in Markdown: step, starts at, seconds, share, and the peak memory while it ran when the
 * rows have it (null, shown as "—": no sample fell inside a step that short).
 */
export function stepTableMarkdown(rows: readonly (StepRow & { peakMiB?: number | null })[]): string[] {
  const withPeak = rows.length > 0 && rows.every((r) => r.peakMiB !== undefined);
  return [
    `| step | starts at (s) | seconds | share |${withPeak ? ' peak MiB |' : ''}`,
    `|---|---:|---:|---:|${withPeak ? '---:|' : ''}`,
    ...rows.map(
      (r) =>
        `| ${r.step} | ${r.startsAt.toFixed(1)} | ${r.seconds.toFixed(1)} | ${(r.share * 100).toFixed(0)} % |${withPeak ? ` ${r.peakMiB?.toFixed(0) ?? '—'} |` : ''}`,
    ),
  ];
}
