import { describe, expect, it } from 'vitest';
import { partFolder, splitIntoParts } from '../../src/domain/search/parts.ts';

describe('splitIntoParts', () => {
  const pages = [
    { url: '/vi/tasks/g/', facets: { deadline: '2026-07-01' } },
    { url: '/vi/bodies/a/', facets: {} },
    { url: '/vi/tasks/c/', facets: { deadline: '2025-12-31' } },
    { url: '/vi/tasks/f/', facets: { deadline: '2026-03-31' } },
    { url: '/vi/tasks/b/', facets: { deadline: '2025-12-31' } },
    { url: '/vi/tasks/e/', facets: { deadline: '2026-03-31' } },
    { url: '/vi/sources/d/', facets: {} },
  ];

  it('cuts pages in deadline order, ties by URL, no deadline last, into near-equal parts', () => {
    // 7 pages, at most 3 a part: ceil(7/3) = 3 parts, cut at round(7/3) = 2 and round(14/3) = 5.
    expect(splitIntoParts(pages, 3).map((part) => part.map((p) => p.url))).toEqual([
      ['/vi/tasks/b/', '/vi/tasks/c/'],
      ['/vi/tasks/e/', '/vi/tasks/f/', '/vi/tasks/g/'],
      ['/vi/bodies/a/', '/vi/sources/d/'],
    ]);
  });

  it('keeps a site no larger than one part in one part, and an empty one in one empty part', () => {
    expect(splitIntoParts(pages, 7)).toHaveLength(1);
    expect(splitIntoParts(pages, 6)).toHaveLength(2);
    expect(splitIntoParts([], 5)).toEqual([[]]);
  });

  it('refuses a part size that is not a whole number of at least 1', () => {
    expect(() => splitIntoParts(pages, 0)).toThrow('expected a whole number of at least 1; found 0');
    expect(() => splitIntoParts(pages, Number('forty'))).toThrow('found NaN');
  });
});

describe('partFolder', () => {
  it('keeps the locale folder for the first part and numbers the others from 2', () => {
    expect([0, 1, 2].map((i) => partFolder('vi', i))).toEqual(['vi', 'vi-2', 'vi-3']);
  });
});
