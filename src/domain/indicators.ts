/**
 * Where each Resolution target stands at the "as of" date: the latest comparable value, the
 * distance to the nearest target still ahead, and whether the straight line from the first to
 * the latest comparable value reaches it by its date. Only observations marked comparable (the
 * same measure as the target) are used; the others are shown on the pages but judge nothing.
 */
import { compareStrings } from './compare.ts';
import { daysBetween } from './dates.ts';
import type { Indicator, IndicatorObservation, IndicatorTarget } from './schema/index.ts';

export type Trajectory = 'achieved' | 'on-track' | 'off-track' | 'not-measurable';

type Numeric = IndicatorObservation & { value: number };

export interface IndicatorProgress {
  /** The newest comparable observation with a number, at or before the as-of date. */
  latest: Numeric | null;
  /** The first comparable observation: the baseline the gap is measured from. */
  baseline: Numeric | null;
  /** The nearest target dated on or after the as-of date (else the last target). */
  target: IndicatorTarget;
  /** How far the latest value is from meeting the target, in the unit; ≤ 0 once met; null when unmeasurable. */
  distance: number | null;
  /**
   * Share of the baseline's gap still to close (distance now ÷ distance at the baseline): 1 means no
   * progress, above 1 means it moved away. Null with fewer than two comparable values or when the
   * baseline already met the target.
   */
  remainingShare: number | null;
  trajectory: Trajectory;
  /** Value the line through the first and latest comparable values gives at the target date. */
  projected: number | null;
  /** A non-comparable observation newer than `latest`: shown with a note, never used to judge. */
  newerProxy: IndicatorObservation | null;
}

/** Comparable observations with a number, known at `asOf`, oldest first. */
export function comparableValues(indicator: Indicator, asOf: string): Numeric[] {
  return indicator.observations
    .filter((o): o is Numeric => o.comparable && o.value !== undefined && o.date <= asOf)
    .sort((a, b) => compareStrings(a.date, b.date));
}

/** Whether larger values move towards the target: the comparator says so, else the indicator's direction. */
function aimsUp(target: IndicatorTarget, direction: Indicator['direction']): boolean {
  if (target.comparator === '<=' || target.comparator === '<') return false;
  if (target.comparator === undefined) return direction === 'up';
  return true;
}

/** Whether `value` satisfies the target. */
export function meetsTarget(value: number, target: IndicatorTarget, direction: Indicator['direction']): boolean {
  const goal = target.value;
  if (goal === undefined) return false;
  switch (target.comparator) {
    case '>':
      return value > goal;
    case '<':
      return value < goal;
    case '>=':
    case 'maintain-above':
      return value >= goal;
    case '<=':
      return value <= goal;
    case 'between':
      // A range ("8–10 %") states the level expected: reaching its near bound meets it, and going
      // beyond in the good direction is not held against the body.
      return direction === 'down' ? value <= (target.valueMax ?? goal) : value >= goal;
    default:
      return direction === 'down' ? value <= goal : value >= goal;
  }
}

/** Distance from `value` to the target's threshold in the unit: positive while short of it. */
function distanceTo(value: number, target: IndicatorTarget, direction: Indicator['direction']): number | null {
  const goal = target.value;
  if (goal === undefined) return null;
  if (target.comparator === 'between') return direction === 'down' ? value - (target.valueMax ?? goal) : goal - value;
  return aimsUp(target, direction) ? goal - value : value - goal;
}

/** The target a reader should measure against now: the nearest one not yet past, else the last. */
export function currentTarget(indicator: Indicator, asOf: string): IndicatorTarget {
  const targets = [...indicator.targets].sort((a, b) => compareStrings(a.date, b.date));
  return targets.find((t) => t.date >= asOf) ?? targets[targets.length - 1]!;
}

/**
 * @example digital economy 12.87 (2021) and 14.02 (2025) against ≥ 30 by 2030, as of 2026-03-13:
 * distance 15.98, remaining share 15.98 / 17.13 ≈ 0.93, projected ≈ 15.46 in 2030 → 'off-track'.
 */
export function indicatorProgress(indicator: Indicator, asOf: string): IndicatorProgress {
  const values = comparableValues(indicator, asOf);
  const latest = values[values.length - 1] ?? null;
  const baseline = values[0] ?? null;
  const target = currentTarget(indicator, asOf);
  const newerProxy =
    [...indicator.observations]
      .filter((o) => !o.comparable && o.date <= asOf && (latest === null || o.date > latest.date))
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0] ?? null;
  const result: IndicatorProgress = {
    latest,
    baseline,
    target,
    distance: null,
    remainingShare: null,
    trajectory: 'not-measurable',
    projected: null,
    newerProxy,
  };
  if (latest === null || baseline === null || target.value === undefined) return result;

  result.distance = distanceTo(latest.value, target, indicator.direction);
  if (meetsTarget(latest.value, target, indicator.direction)) return { ...result, trajectory: 'achieved' };
  // One value (or two on the same date) draws no line.
  if (values.length < 2 || baseline.date === latest.date) return result;

  const startGap = distanceTo(baseline.value, target, indicator.direction);
  if (startGap !== null && startGap > 0 && result.distance !== null) result.remainingShare = result.distance / startGap;
  // Past the target date and not met: no extrapolation can rescue it.
  if (target.date <= latest.date) return { ...result, trajectory: 'off-track' };
  const slopePerDay = (latest.value - baseline.value) / daysBetween(baseline.date, latest.date);
  const projected = latest.value + slopePerDay * daysBetween(latest.date, target.date);
  return { ...result, projected, trajectory: meetsTarget(projected, target, indicator.direction) ? 'on-track' : 'off-track' };
}

const VERDICT_ORDER: Record<Trajectory, number> = { 'off-track': 0, 'not-measurable': 1, 'on-track': 2, achieved: 3 };

/**
 * The `n` indicators furthest from their target, for the home page: only those with a measured,
 * unmet gap; off track before unmeasurable trends before on track; within each, the larger gap
 * relative to the target value first (so ranks and percentages compare).
 */
export function furthestFromTarget(
  indicators: readonly Indicator[],
  asOf: string,
  n: number,
): { indicator: Indicator; progress: IndicatorProgress }[] {
  const relativeGap = (p: IndicatorProgress) => p.distance! / Math.abs(p.target.value || 1);
  return indicators
    .map((indicator) => ({ indicator, progress: indicatorProgress(indicator, asOf) }))
    .filter(({ progress }) => progress.distance !== null && progress.distance > 0)
    .sort(
      (a, b) =>
        VERDICT_ORDER[a.progress.trajectory] - VERDICT_ORDER[b.progress.trajectory] ||
        relativeGap(b.progress) - relativeGap(a.progress) ||
        compareStrings(a.indicator.id, b.indicator.id),
    )
    .slice(0, n);
}
