/** French typography in the interface: a non-breaking space before two-part punctuation, "1er" for the first of the month. */
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/i18n/format.ts';
import { flattenStrings } from '../../src/i18n/flat-strings.ts';
import { resources } from '../../src/i18n/resources/index.ts';

describe('French typography', () => {
  it('writes the first of the month as "1er", other days as numbers', () => {
    expect(formatDate('2026-12-01', 'fr')).toMatch(/^1er\s+décembre 2026$/);
    expect(formatDate('2026-12-04', 'fr')).toMatch(/^4\s+décembre 2026$/);
    expect(formatDate('2026-12-01', 'en')).toBe('1 December 2026');
  });

  it('puts no ordinary space before : ; ? ! or inside « », in any interface string', () => {
    const bad = [...flattenStrings(resources.fr)].filter(([, text]) => / [:;?!»]|« /.test(text)).map(([key]) => key);
    expect(bad).toEqual([]);
  });
});
