/**
 * The chart font's metrics table (src/charts/chart-font-metrics.ts) is the one its font files give:
 * read again from the files src/styles/chart-font.css names, it is the same byte for byte.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartFontModule } from '../../src/cli/chart-font/table.ts';
import { parseFaces } from '../../src/cli/chart-font/read-woff.ts';

describe('the chart font metrics table', () => {
  it('matches the font files (run node src/cli/chart-font-metrics.ts after changing them)', () => {
    expect(readFileSync('src/charts/chart-font-metrics.ts', 'utf8')).toBe(chartFontModule());
  });
  it('covers the three subsets in the two weights the charts draw', () => {
    const faces = parseFaces(readFileSync('src/styles/chart-font.css', 'utf8'));
    expect(faces.map((face) => `${face.weight} ${face.url.replace(/.*noto-sans-/, '')}`)).toEqual([
      '400 latin-400-normal.woff2',
      '400 vietnamese-400-normal.woff2',
      '400 cyrillic-400-normal.woff2',
      '600 latin-600-normal.woff2',
      '600 vietnamese-600-normal.woff2',
      '600 cyrillic-600-normal.woff2',
    ]);
  });
  it('names the file and what it expected when a @font-face lacks its range', () => {
    expect(() => parseFaces("@font-face { font-weight: 400; src: url('a.woff2'); }")).toThrow(
      /@font-face 1: expected font-weight, src: url\('…'\) and unicode-range; found/,
    );
  });
});
