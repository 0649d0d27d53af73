/** The sitemap's list of pages: meeting pages from the data, editorial pages as written. */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { PAGES_PER_SITEMAP, pagePaths, sitemapChunks } from '../../src/domain/site-map.ts';

const data = loadDataset(process.cwd(), 'tests/fixtures/dataset-2026-03-13/content');

describe('the pages the sitemap lists', () => {
  it('has the meetings index and one page per meeting in the sources (five on the frozen fixture)', () => {
    const paths = pagePaths(data);
    expect(paths).toContain('meetings');
    expect(paths.filter((p) => p.startsWith('meetings/'))).toEqual([
      'meetings/meeting-2025-05-29',
      'meetings/meeting-2025-10-15',
      'meetings/meeting-2025-12-18',
      'meetings/meeting-2025-12-25',
      'meetings/meeting-2026-02-25',
    ]);
  });

  it('adds the editorial pages it is given, once each', () => {
    const paths = pagePaths(data, ['about', 'guides/readers']);
    expect(paths.filter((p) => p === 'about' || p.startsWith('guides/'))).toEqual(['about', 'guides/readers']);
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe('the sitemap files', () => {
  it('cut a national record into files under the protocol limit of 50,000 URLs (7 locales each)', () => {
    const paths = Array.from({ length: 9001 }, (_, i) => `tasks/t-${i}`);
    expect(sitemapChunks(paths).map((c) => c.length)).toEqual([4000, 4000, 1001]);
    expect(PAGES_PER_SITEMAP * 7).toBeLessThanOrEqual(50_000);
    expect(sitemapChunks(paths).flat()).toEqual(paths);
  });

  it('keep the bundled data in one file, and an empty site still has its one (empty) file', () => {
    expect(sitemapChunks(pagePaths(data))).toHaveLength(1);
    expect(sitemapChunks([])).toEqual([[]]);
  });
});
