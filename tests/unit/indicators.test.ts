import { describe, expect, it } from 'vitest';
import { indicatorProgress } from '../../src/domain/indicators.ts';
import type { Indicator } from '../../src/domain/schema/index.ts';

const evidence = [{ url: 'https://example.org', publisher: 'Example' }];
const digitalEconomy: Indicator = {
  id: 'digital-economy',
  name: { vi: 'Kinh tế số' },
  unit: 'percent-of-gdp',
  direction: 'up',
  monitoringAgency: null,
  targets: [
    { date: '2030-12-31', value: 30, comparator: '>=', text: { vi: '30%' }, evidence },
    { date: '2045-12-31', value: 50, comparator: '>=', text: { vi: '50%' }, evidence },
  ],
  observations: [
    { date: '2021-12-31', period: '2021', value: 12.87, text: { vi: '12,87%' }, comparable: true, evidence },
    { date: '2025-12-31', period: '2025', value: 14.02, text: { vi: '14,02%' }, comparable: true, evidence },
  ],
};

describe('indicatorProgress', () => {
  it('measures the digital economy 15.98 points short of 30 % and off track for 2030', () => {
    // Line through (2021-12-31, 12.87) and (2025-12-31, 14.02): +1.15 over 1,461 days; 1,826 more days
    // to 2030-12-31 gives 14.02 + 1.15 × 1826 / 1461 ≈ 15.46, below 30.
    const progress = indicatorProgress(digitalEconomy, '2026-03-13');
    expect(progress.latest?.value).toBe(14.02);
    expect(progress.target.value).toBe(30);
    expect(progress.distance).toBeCloseTo(15.98, 10);
    expect(progress.projected).toBeCloseTo(15.457, 2);
    expect(progress.trajectory).toBe('off-track');
  });

  it('calls a rank target achieved once the rank is at or better than it', () => {
    const rank: Indicator = { ...digitalEconomy, direction: 'down', unit: 'rank', targets: [{ date: '2030-12-31', value: 50, comparator: '<=', text: { vi: 'top 50' }, evidence }], observations: [{ date: '2025-09-16', period: '2025', value: 44, text: { vi: '44' }, comparable: true, evidence }] };
    const progress = indicatorProgress(rank, '2026-03-13');
    expect(progress.trajectory).toBe('achieved');
    expect(progress.distance).toBe(-6);
  });

  it('says not measurable with one comparable value, and ignores values that measure something else', () => {
    const one: Indicator = { ...digitalEconomy, observations: [digitalEconomy.observations[1]!, { ...digitalEconomy.observations[0]!, date: '2025-06-30', comparable: false }] };
    expect(indicatorProgress(one, '2026-03-13').trajectory).toBe('not-measurable');
  });

  it('calls a line that reaches the target in time on track', () => {
    const fast: Indicator = { ...digitalEconomy, observations: [{ ...digitalEconomy.observations[0]!, value: 10 }, { ...digitalEconomy.observations[1]!, value: 22 }] };
    // +12 over 4 years → about +15 more by 2030: 37 ≥ 30.
    expect(indicatorProgress(fast, '2026-03-13').trajectory).toBe('on-track');
  });
});
