/**
 * Where each Resolution target stands: the latest comparable value, the distance to the next
 * target, and whether the straight line through the comparable values reaches it in time.
 */
import { daysBetween } from './dates.ts';
import type { Indicator, IndicatorObservation, IndicatorTarget } from './schema/index.ts';

export type Trajectory = 'achieved' | 'on-track' | 'off-track' | 'not-measurable';

export interface IndicatorProgress {
  latest: IndicatorObservation | null;
  /** The first target dated after the latest value (else the last target). */
  target: IndicatorTarget;
  /** How far the latest comparable value is from the target's threshold, in the unit; ≤ 0 once met. */
  distance: number | null;
  trajectory: Trajectory;
  /** Value the straight line through the comparable values gives at the target date. */
  projected: number | null;
}

function comparableNumbers(indicator: Indicator, asOf: string): (IndicatorObservation & { value: number })[] {
  return indicator.observations.filter((o): o is IndicatorObservation & { value: number } => o.comparable && o.value !== undefined && o.date <= asOf);
}

/** The value a target asks for at least (or, for ranks, at most). */
function threshold(target: IndicatorTarget): number | null {
  return target.value ?? null;
}

function meets(value: number, target: IndicatorTarget, direction: Indicator['direction']): boolean {
  const goal = threshold(target);
  if (goal === null) return false;
  if (target.comparator === '>') return value > goal;
  if (target.comparator === '<') return value < goal;
  return direction === 'down' ? value <= goal : value >= goal;
}

/**
 * @example an indicator at 12.87 (2021) and 14.02 (2025) aiming at ≥ 30 by 2030 is 15.98 away, and the line
 * through the two reaches about 15.46 in 2030: off track.
 */
export function indicatorProgress(indicator: Indicator, asOf: string): IndicatorProgress {
  const values = comparableNumbers(indicator, asOf);
  const latest = values[values.length - 1] ?? null;
  const targets = [...indicator.targets].sort((a, b) => (a.date < b.date ? -1 : 1));
  const target = targets.find((t) => latest === null || t.date > latest.date) ?? targets[targets.length - 1]!;
  const goal = threshold(target);
  if (latest === null || goal === null) return { latest: latest ?? null, target, distance: null, trajectory: 'not-measurable', projected: null };

  const distance = indicator.direction === 'down' ? latest.value - goal : goal - latest.value;
  if (meets(latest.value, target, indicator.direction)) return { latest, target, distance, trajectory: 'achieved', projected: null };
  const first = values[0]!;
  if (values.length < 2 || first.date === latest.date) return { latest, target, distance, trajectory: 'not-measurable', projected: null };

  const slopePerDay = (latest.value - first.value) / daysBetween(first.date, latest.date);
  const projected = latest.value + slopePerDay * daysBetween(latest.date, target.date);
  return { latest, target, distance, trajectory: meets(projected, target, indicator.direction) ? 'on-track' : 'off-track', projected };
}

/** The indicators furthest behind, for the home page: off track first, by the share of the gap left. */
export function furthestFromTarget(indicators: readonly Indicator[], asOf: string, n: number): { indicator: Indicator; progress: IndicatorProgress }[] {
  return indicators
    .map((indicator) => ({ indicator, progress: indicatorProgress(indicator, asOf) }))
    .filter(({ progress }) => progress.distance !== null && progress.distance > 0)
    .sort((a, b) => {
      const gap = (x: typeof a) => x.progress.distance! / Math.abs(threshold(x.progress.target) || 1);
      return gap(b) - gap(a) || (a.indicator.id < b.indicator.id ? -1 : 1);
    })
    .slice(0, n);
}
