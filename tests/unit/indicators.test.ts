import { describe, expect, it } from 'vitest';
import { furthestFromTarget, indicatorProgress } from '../../src/domain/indicators.ts';
import type { Indicator, IndicatorObservation, IndicatorTarget } from '../../src/domain/schema/index.ts';

// Day counts used below, worked out on a calendar:
//   2021-12-31 → 2025-12-31 = 365 + 365 + 366 (2024) + 365 = 1461 days
//   2025-12-31 → 2030-12-31 = 365 + 365 + 366 (2028) + 365 + 365 = 1826 days
//   2021-12-31 → 2024-12-31 = 365 + 365 + 366 = 1096 days
//   2024-12-31 → 2030-12-31 = 365 × 5 + 366 (2028) = 2191 days
const evidence = [{ url: 'https://example.org', publisher: 'Example' }];
const obs = (date: string, value: number | undefined, comparable = true): IndicatorObservation => ({
  date,
  period: date.slice(0, 4),
  ...(value === undefined ? {} : { value }),
  text: { vi: String(value) },
  comparable,
  reporter: 'press',
  evidence,
});
const target = (
  date: string,
  value: number | undefined,
  comparator?: IndicatorTarget['comparator'],
  valueMax?: number,
): IndicatorTarget => ({
  date,
  ...(value === undefined ? {} : { value }),
  ...(valueMax === undefined ? {} : { valueMax }),
  ...(comparator === undefined ? {} : { comparator }),
  text: { vi: 'mục tiêu' },
  evidence,
});
const indicator = (id: string, direction: 'up' | 'down', targets: IndicatorTarget[], observations: IndicatorObservation[]): Indicator => ({
  id,
  name: { vi: id },
  unit: direction === 'down' ? 'rank' : 'percent',
  direction,
  monitoringAgency: null,
  targets,
  observations,
});

const digitalEconomy = indicator(
  'digital-economy',
  'up',
  [target('2030-12-31', 30, '>='), target('2045-12-31', 50, '>=')],
  [obs('2021-12-31', 12.87), obs('2025-12-31', 14.02)],
);

describe('indicatorProgress', () => {
  it('finds the digital economy 15.98 points short of 30 % with 93 % of its 2021 gap left, and off track for 2030', () => {
    // Gap at baseline 30 − 12.87 = 17.13; now 30 − 14.02 = 15.98; 15.98 / 17.13 = 0.93287.
    // Line: +1.15 over 1461 days; 1826 more days → 14.02 + 1.15 × 1826 / 1461 = 15.457 < 30.
    const p = indicatorProgress(digitalEconomy, '2026-03-13');
    expect(p.latest?.value).toBe(14.02);
    expect(p.target.value).toBe(30);
    expect(p.distance).toBeCloseTo(15.98, 10);
    expect(p.remainingShare).toBeCloseTo(0.93287, 4);
    expect(p.projected).toBeCloseTo(15.457, 3);
    expect(p.trajectory).toBe('off-track');
  });

  it('measures against the next target once the nearer one’s date has passed', () => {
    // As of 2031-01-15 the 2030 target is behind us: 50 − 14.02 = 35.98 to the 2045 target.
    const p = indicatorProgress(digitalEconomy, '2031-01-15');
    expect(p.target.date).toBe('2045-12-31');
    expect(p.distance).toBeCloseTo(35.98, 10);
  });

  it('ignores figures dated after the as-of date', () => {
    const p = indicatorProgress(digitalEconomy, '2025-06-30');
    expect(p.latest?.value).toBe(12.87);
    expect(p.trajectory).toBe('not-measurable');
  });

  it('calls a rank target achieved once the rank is at or better than it', () => {
    const rank = indicator('rank', 'down', [target('2030-12-31', 50, '<=')], [obs('2025-09-16', 44)]);
    const p = indicatorProgress(rank, '2026-03-13');
    expect(p.trajectory).toBe('achieved');
    expect(p.distance).toBe(-6);
  });

  it('reads a falling rank as progress: 80th then 60th reaches top 50 by 2030', () => {
    // 60 − 20 × 1826 / 1461 = 35.0 ≤ 50; distance 60 − 50 = 10 of the baseline's 30.
    const rank = indicator('rank', 'down', [target('2030-12-31', 50, '<=')], [obs('2021-12-31', 80), obs('2025-12-31', 60)]);
    const p = indicatorProgress(rank, '2026-03-13');
    expect(p.distance).toBe(10);
    expect(p.remainingShare).toBeCloseTo(1 / 3, 10);
    expect(p.projected).toBeCloseTo(35.0, 1);
    expect(p.trajectory).toBe('on-track');
  });

  it('uses first and latest comparable figures only, and names a newer figure that measures something else', () => {
    // Budget share: 1.37 (2021) … 1.97 (2024) comparable; 3 (2025) is a different measure.
    // 1.97 + 0.6 × 2191 / 1096 = 3.169 ≥ 3 → on track; distance 3 − 1.97 = 1.03; share 1.03 / 1.63 = 0.6319.
    const budget = indicator(
      'budget',
      'up',
      [target('2030-12-31', 3, '>=')],
      [obs('2021-12-31', 1.37), obs('2022-12-31', 1.72), obs('2023-12-31', 1.39), obs('2024-12-31', 1.97), obs('2025-12-31', 3, false)],
    );
    const p = indicatorProgress(budget, '2026-03-13');
    expect(p.latest?.value).toBe(1.97);
    expect(p.distance).toBeCloseTo(1.03, 10);
    expect(p.remainingShare).toBeCloseTo(0.6319, 4);
    expect(p.projected).toBeCloseTo(3.169, 3);
    expect(p.trajectory).toBe('on-track');
    expect(p.newerProxy?.date).toBe('2025-12-31');
  });

  it('says not measurable with one comparable value, and does not count values that measure something else', () => {
    const one = indicator('one', 'up', [target('2030-12-31', 30, '>=')], [obs('2025-06-30', 20, false), obs('2025-12-31', 14.02)]);
    const p = indicatorProgress(one, '2026-03-13');
    expect(p.trajectory).toBe('not-measurable');
    expect(p.distance).toBeCloseTo(15.98, 10);
    expect(p.remainingShare).toBeNull();
  });

  it('says not measurable for a target described only in words', () => {
    const words = indicator('hub', 'up', [target('2030-12-31', undefined)], [obs('2021-12-31', 1), obs('2025-12-31', 2)]);
    const p = indicatorProgress(words, '2026-03-13');
    expect(p.trajectory).toBe('not-measurable');
    expect(p.distance).toBeNull();
  });

  it('says not measurable when only non-comparable figures exist', () => {
    const proxy = indicator(
      'proxy',
      'up',
      [target('2030-12-31', 80, '>')],
      [obs('2025-06-30', 39.51, false), obs('2025-10-26', 39.98, false)],
    );
    const p = indicatorProgress(proxy, '2026-03-13');
    expect([p.latest, p.distance, p.trajectory]).toEqual([null, null, 'not-measurable']);
    expect(p.newerProxy?.date).toBe('2025-10-26');
  });

  it('meets a range target at its lower bound for a rising indicator', () => {
    // 8–10 %: 2 then 5 → distance 8 − 5 = 3; 5 + 3 × 1826 / 1461 = 8.749 ≥ 8 → on track.
    const range = indicator('range', 'up', [target('2030-12-31', 8, 'between', 10)], [obs('2021-12-31', 2), obs('2025-12-31', 5)]);
    const p = indicatorProgress(range, '2026-03-13');
    expect(p.distance).toBe(3);
    expect(p.trajectory).toBe('on-track');
  });

  it('holds a strict "more than" target unmet at exactly the threshold', () => {
    const strict = indicator('strict', 'up', [target('2030-12-31', 55, '>')], [obs('2025-12-31', 55)]);
    expect(indicatorProgress(strict, '2026-03-13').trajectory).not.toBe('achieved');
  });

  it('calls a "maintain above" target achieved while the value stays above it', () => {
    const hdi = indicator('hdi', 'up', [target('2030-12-31', 0.7, 'maintain-above')], [obs('2024-12-31', 0.766)]);
    expect(indicatorProgress(hdi, '2026-03-13').trajectory).toBe('achieved');
  });

  it('calls a falling share off track: R&D 0.42 % then 0.40 % against 2 %', () => {
    const rnd = indicator('rnd', 'up', [target('2030-12-31', 2, '>=')], [obs('2021-12-31', 0.42), obs('2023-12-31', 0.4)]);
    const p = indicatorProgress(rnd, '2026-03-13');
    // 1.6 left of a 1.58 gap: it moved away from the target.
    expect(p.remainingShare).toBeCloseTo(1.6 / 1.58, 10);
    expect(p.trajectory).toBe('off-track');
  });
});

describe('furthestFromTarget', () => {
  it('lists off-track indicators first, then the largest gap relative to the target, and leaves out the met ones', () => {
    const rnd = indicator('rnd', 'up', [target('2030-12-31', 2, '>=')], [obs('2021-12-31', 0.42), obs('2023-12-31', 0.4)]); // off, 1.6/2 = 0.8
    const egdi = indicator('egdi', 'down', [target('2030-12-31', 50, '<=')], [obs('2024-09-17', 71)]); // not measurable, 21/50 = 0.42
    const budget = indicator('budget', 'up', [target('2030-12-31', 3, '>=')], [obs('2021-12-31', 1.37), obs('2024-12-31', 1.97)]); // on track, 0.34
    const hdi = indicator('hdi', 'up', [target('2030-12-31', 0.7, 'maintain-above')], [obs('2024-12-31', 0.766)]); // achieved
    const list = furthestFromTarget([hdi, budget, egdi, digitalEconomy, rnd], '2026-03-13', 3);
    // digital economy: off, 15.98/30 = 0.53.
    expect(list.map((x) => x.indicator.id)).toEqual(['rnd', 'digital-economy', 'egdi']);
    expect(furthestFromTarget([hdi, budget, egdi, digitalEconomy, rnd], '2026-03-13', 10).map((x) => x.indicator.id)).toEqual([
      'rnd',
      'digital-economy',
      'egdi',
      'budget',
    ]);
  });
});
