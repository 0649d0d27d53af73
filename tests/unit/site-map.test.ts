/** The sitemap, from the pages built: each page once per locale, its alternates and the day it last changed. */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { PAGES_PER_SITEMAP, lastChanged, sitemapChunks, sitemapIndexXml, sitemapPages, sitemapXml } from '../../src/domain/site-map.ts';

const data = loadDataset(process.cwd(), 'tests/fixtures/dataset-2026-03-13/content');

describe('the day a page last changed', () => {
  it('is a task’s newest event, or its assignment when nothing happened since', () => {
    expect(lastChanged(data, { section: 'tasks', id: 'x-2025-06-19-11-phase-1' })).toBe('2025-06-28');
    expect(lastChanged(data, { section: 'tasks', id: 's57-2025-10-15-08' })).toBe('2025-10-15');
  });

  it('is an indicator’s newest observation, a source’s date, a meeting’s date', () => {
    expect(lastChanged(data, { section: 'indicators', id: 'budget-share-sti' })).toBe('2025-12-31');
    expect(lastChanged(data, { section: 'sources', id: 'decision-204-qd-tw' })).toBe('2024-11-29');
    expect(lastChanged(data, { section: 'meetings', id: 'meeting-2025-10-15' })).toBe('2025-10-15');
  });

  it('is the data’s "as of" date for a record with no dated change and for pages that show no one record', () => {
    expect(lastChanged(data, { section: 'indicators', id: 'ai-rnd-ranking' })).toBe('2026-03-13');
    expect(lastChanged(data, { section: 'bodies', id: 'cao-bang' })).toBe('2026-03-13');
    expect(lastChanged(data, { section: 'progress', id: 'past_deadline' })).toBe('2026-03-13');
    expect(lastChanged(data, { section: 'home' })).toBe('2026-03-13');
  });
});

describe('the pages the sitemap lists', () => {
  const files = [
    '404.html',
    'index.html',
    'en/index.html',
    'en/tasks/s57-2025-10-15-08/index.html',
    'en/feeds/events.atom',
    'vi/index.html',
    'vi/tasks/s57-2025-10-15-08/index.html',
    'vi/changes/stale/2/index.html',
    'vi/progress/index.html',
  ];

  it('lists each built page once with the locales it was built in, Vietnamese first, in the route table’s order', () => {
    expect(sitemapPages(files, data)).toEqual([
      { route: { section: 'home' }, locales: ['vi', 'en'], lastmod: '2026-03-13' },
      { route: { section: 'progress' }, locales: ['vi'], lastmod: '2026-03-13' },
      { route: { section: 'changes', id: 'stale', page: 2 }, locales: ['vi'], lastmod: '2026-03-13' },
      { route: { section: 'tasks', id: 's57-2025-10-15-08' }, locales: ['vi', 'en'], lastmod: '2025-10-15' },
    ]);
  });

  it('refuses a built page the route table does not know', () => {
    expect(() => sitemapPages(['vi/nowhere/index.html'], data)).toThrow(
      'vi/nowhere/index.html: a built page with no entry in the route table (src/domain/routes.ts)',
    );
  });

  it('writes each page in each of its locales with its alternates and lastmod, the root once', () => {
    const xml = sitemapXml(sitemapPages(files, data).slice(3), new URL('https://example.org/'), (l) => `${l}-X`, { lastmod: '2026-03-13' });
    expect(xml).toContain('<url><loc>https://example.org/</loc><lastmod>2026-03-13</lastmod></url>');
    const alternates =
      '<xhtml:link rel="alternate" hreflang="vi-X" href="https://example.org/vi/tasks/s57-2025-10-15-08/"/>' +
      '<xhtml:link rel="alternate" hreflang="en-X" href="https://example.org/en/tasks/s57-2025-10-15-08/"/>' +
      '<xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/"/>';
    expect(xml).toContain(
      `<url><loc>https://example.org/vi/tasks/s57-2025-10-15-08/</loc><lastmod>2025-10-15</lastmod>${alternates}</url>`,
    );
    expect(xml).toContain(
      `<url><loc>https://example.org/en/tasks/s57-2025-10-15-08/</loc><lastmod>2025-10-15</lastmod>${alternates}</url>`,
    );
    expect(xml.match(/<url>/g)).toHaveLength(3);
  });

  it('names the sitemap files in the index only when the site has an address', () => {
    expect(sitemapIndexXml(['/sitemap-1.xml'], new URL('https://example.org/'))).toContain(
      '<sitemap><loc>https://example.org/sitemap-1.xml</loc></sitemap>',
    );
    expect(sitemapIndexXml(['/sitemap-1.xml'], null)).not.toContain('<sitemap>');
  });
});

describe('the sitemap files', () => {
  it('cut a national record into files under the protocol limit of 50,000 URLs (7 locales each)', () => {
    const paths = Array.from({ length: 9001 }, (_, i) => `tasks/t-${i}`);
    expect(sitemapChunks(paths).map((c) => c.length)).toEqual([4000, 4000, 1001]);
    expect(PAGES_PER_SITEMAP * 7).toBeLessThanOrEqual(50_000);
    expect(sitemapChunks(paths).flat()).toEqual(paths);
  });

  it('an empty site still has its one (empty) file', () => {
    expect(sitemapChunks([])).toEqual([[]]);
  });
});
