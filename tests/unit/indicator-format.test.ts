import { describe, expect, it } from 'vitest';
import { formatInUnit, formatThreshold } from '../../src/i18n/indicator-format.ts';
import type { IndicatorTarget } from '../../src/domain/schema/index.ts';

const target = (extra: Partial<IndicatorTarget>): IndicatorTarget => ({
  date: '2030-12-31',
  text: { vi: 'x' },
  evidence: [{ source: 's' }],
  ...extra,
});

describe('formatInUnit', () => {
  it('writes a share of GDP the way each language does', () => {
    expect(formatInUnit(14.02, 'percent-of-gdp', 'vi')).toBe('14,02% GDP');
    expect(formatInUnit(14.02, 'percent-of-gdp', 'en')).toBe('14.02% of GDP');
    // French puts a no-break space before the percent sign.
    expect(formatInUnit(14.02, 'percent-of-gdp', 'fr')).toBe('14,02\u00a0% du PIB');
  });

  it('writes a rank as a place, not a percentage', () => {
    expect(formatInUnit(71, 'rank', 'vi')).toBe('hạng 71');
    expect(formatInUnit(71, 'rank', 'en')).toBe('rank 71');
  });

  it('writes a yearly growth rate with its period', () => {
    expect(formatInUnit(10, 'percent-per-year', 'en')).toBe('10% a year');
  });
});

describe('formatThreshold', () => {
  it('puts the comparator before the value', () => {
    expect(formatThreshold(target({ value: 30, comparator: '>=' }), 'percent-of-gdp', 'en')).toBe('≥ 30% of GDP');
    expect(formatThreshold(target({ value: 50, comparator: '<=' }), 'rank', 'vi')).toBe('≤ hạng 50');
  });

  it('writes a range with the unit once', () => {
    expect(formatThreshold(target({ value: 8, valueMax: 10, comparator: 'between' }), 'percent', 'en')).toBe('8–10%');
  });

  it('has no threshold for a target in words', () => {
    expect(formatThreshold(target({}), 'qualitative', 'en')).toBeNull();
  });
});
