/** Listings cut into groups and bounded pages (src/domain/listing/pager.ts), worked out by hand. */
import { describe, expect, it } from 'vitest';
import { groupInOrder, pageSegments, pagerItems, paginate } from '../../src/domain/listing/pager.ts';

describe('groupInOrder', () => {
  it('keeps groups in the order of their first row and rows in their own order', () => {
    const dates = ['2026-03-02', '2026-03-01', '2026-02-28', '2026-03-05'];
    expect(groupInOrder(dates, (d) => d.slice(0, 7))).toEqual([
      { key: '2026-03', items: ['2026-03-02', '2026-03-01', '2026-03-05'] },
      { key: '2026-02', items: ['2026-02-28'] },
    ]);
  });
});

describe('paginate', () => {
  it('cuts a long group into full pages and a last page with the rest', () => {
    const pages = paginate([{ key: 'a', items: [1, 2, 3, 4, 5] }], 2);
    expect(pages.map((p) => [p.key, p.number, p.pageCount, p.groupSize, p.items])).toEqual([
      ['a', 1, 3, 5, [1, 2]],
      ['a', 2, 3, 5, [3, 4]],
      ['a', 3, 3, 5, [5]],
    ]);
  });

  it('gives a short group one page and an empty group one empty page', () => {
    const pages = paginate(
      [
        { key: 'short', items: ['x'] },
        { key: 'empty', items: [] },
      ],
      200,
    );
    expect(pages.map((p) => [p.key, p.number, p.pageCount, p.items.length])).toEqual([
      ['short', 1, 1, 1],
      ['empty', 1, 1, 0],
    ]);
  });

  it('refuses a page size that is not a whole number of at least 1', () => {
    expect(() => paginate([], 0)).toThrow('rows per page: expected a whole number of at least 1; found 0');
  });
});

describe('addresses and pager links', () => {
  it('gives a first page the group address and later pages their number', () => {
    expect(pageSegments('2026-03', 1)).toEqual(['2026-03']);
    expect(pageSegments('2026-03', 3)).toEqual(['2026-03', '3']);
  });

  it('shows every number up to nine pages', () => {
    expect(pagerItems(2, 3)).toEqual([
      { number: 1, current: false },
      { number: 2, current: true },
      { number: 3, current: false },
    ]);
  });

  it('shows first, last and two either side, with gaps, beyond nine pages', () => {
    const shown = pagerItems(5, 12).map((i) => ('gap' in i ? '…' : i.current ? `[${i.number}]` : String(i.number)));
    expect(shown.join(' ')).toBe('1 … 3 4 [5] 6 7 … 12');
    expect(
      pagerItems(1, 12)
        .map((i) => ('gap' in i ? '…' : String(i.number)))
        .join(' '),
    ).toBe('1 2 3 … 12');
  });
});
