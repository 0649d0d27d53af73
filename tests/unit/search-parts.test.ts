import { describe, expect, it } from 'vitest';
import { firstPartTasks, partFilterValue, partFilterValues, partFolder, splitIntoParts } from '../../src/domain/search/parts.ts';

describe('splitIntoParts', () => {
  const task = (id: string, deadline?: string) => ({ url: `/vi/tasks/${id}/`, task: true, facets: deadline ? { deadline } : {} });
  const pages = [
    task('g', '2026-07-01'),
    { url: '/vi/sources/d/', task: false, facets: {} },
    task('c', '2025-12-31'),
    task('h'),
    task('f', '2026-03-31'),
    task('b', '2025-12-31'),
    { url: '/vi/bodies/a/', task: false, facets: {} },
    task('e', '2026-03-31'),
  ];
  const urls = (parts: { url: string }[][]) => parts.map((part) => part.map((p) => p.url.split('/').slice(2, 4).join('/')));

  it('puts every page that is not a task first, with the earliest-deadline tasks, and the other tasks in deadline order after', () => {
    // 8 pages, at most 5 a part: the 2 other pages and 5 − 2 = 3 tasks would cut between e and f,
    // both due 2026-03-31, so the cut moves back to 2 (b and c, due 2025-12-31); the 4 tasks
    // left fit one part; h has no deadline, last.
    expect(urls(splitIntoParts(pages, 5))).toEqual([
      ['bodies/a', 'sources/d', 'tasks/b', 'tasks/c'],
      ['tasks/e', 'tasks/f', 'tasks/g', 'tasks/h'],
    ]);
  });

  it("gives the first part the first deadline's tasks even when the other pages fill it, and never a task without a deadline", () => {
    // At most 3 a part: room for 1 task, but b and c share the first deadline: both; the 4 left
    // make ceil(4/3) = 2 parts, cut at round(4/2) = 2.
    expect(urls(splitIntoParts(pages, 3))).toEqual([
      ['bodies/a', 'sources/d', 'tasks/b', 'tasks/c'],
      ['tasks/e', 'tasks/f'],
      ['tasks/g', 'tasks/h'],
    ]);
    // At most 7: room for 5 tasks, the 5 with a deadline; h, without one, goes to a part of its own.
    expect(urls(splitIntoParts(pages, 7))).toEqual([
      ['bodies/a', 'sources/d', 'tasks/b', 'tasks/c', 'tasks/e', 'tasks/f', 'tasks/g'],
      ['tasks/h'],
    ]);
  });

  it('keeps a site no larger than one part in one part, and an empty one in one empty part', () => {
    expect(splitIntoParts(pages, 8)).toHaveLength(1);
    expect(splitIntoParts([], 5)).toEqual([[]]);
  });

  it('says which tasks the first part holds', () => {
    expect(firstPartTasks(splitIntoParts(pages, 3))).toEqual({ tasks: 2, lastDeadline: '2025-12-31', otherTasks: 4 });
    expect(firstPartTasks(splitIntoParts(pages, 7))).toEqual({ tasks: 5, lastDeadline: '2026-07-01', otherTasks: 1 });
  });

  it('refuses a part size that is not a whole number of at least 1', () => {
    expect(() => splitIntoParts(pages, 0)).toThrow('expected a whole number of at least 1; found 0');
    expect(() => splitIntoParts(pages, Number('forty'))).toThrow('found NaN');
  });
});

describe('part filter', () => {
  it("numbers tasks by their part and sets the other pages apart, searched with the first part's tasks", () => {
    expect(partFilterValue(0, { url: '/vi/tasks/b/', task: true, facets: {} })).toBe('1');
    expect(partFilterValue(2, { url: '/vi/tasks/g/', task: true, facets: {} })).toBe('3');
    expect(partFilterValue(0, { url: '/vi/bodies/a/', task: false, facets: {} })).toBe('0');
    expect([0, 1, 2].map(partFilterValues)).toEqual([['1', '0'], ['2'], ['3']]);
  });
});

describe('partFolder', () => {
  it('keeps the locale folder for the first part and numbers the others from 2', () => {
    expect([0, 1, 2].map((i) => partFolder('vi', i))).toEqual(['vi', 'vi-2', 'vi-3']);
  });
});
