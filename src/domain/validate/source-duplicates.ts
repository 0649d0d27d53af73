/**
 * One document, one source: two ids for the same web address or the same official number would
 * split its tasks and count it twice. The later file (by name) is reported, naming the first.
 */
import type { Source } from '../schema/index.ts';
import type { ParsedRecord } from './cross-checks.ts';
import { describeValue, type Problem } from './problem.ts';

/** The same address however it is typed: scheme and host case, a trailing slash, a #fragment. */
function urlKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return `${u.host.toLowerCase()}${u.pathname.replace(/\/+$/, '')}${u.search}`;
  } catch {
    return url;
  }
}

/** "57-NQ/TW", "57 - nq / tw" and "57‑NQ/TW" with another dash are one number. */
const numberKey = (number: string) =>
  number
    .normalize('NFKC')
    .replace(/[\s\u2010-\u2015]/g, (c) => (/\s/.test(c) ? '' : '-'))
    .toUpperCase();

/**
 * A meeting known only through a news report links to that report: the two records are one
 * event and its coverage, not one document twice.
 */
const reportOf = (a: Source, b: Source) =>
  (a.kind === 'news-report' && a.meeting === b.id) || (b.kind === 'news-report' && b.meeting === a.id);

export function sourceDuplicates(sources: readonly ParsedRecord<Source>[], problems: Problem[]): void {
  const byUrl = new Map<string, Source>();
  const byNumber = new Map<string, string>();
  for (const { file, data } of sources) {
    if (typeof data.url === 'string') {
      const first = byUrl.get(urlKey(data.url));
      if (first === undefined) byUrl.set(urlKey(data.url), data);
      else if (!reportOf(data, first))
        problems.push({
          file,
          field: 'url',
          expected: `a document no other source registers (source "${first.id}" has this address)`,
          found: describeValue(data.url),
        });
    }
    if (typeof data.number === 'string') {
      const first = byNumber.get(numberKey(data.number));
      if (first === undefined) byNumber.set(numberKey(data.number), data.id);
      else
        problems.push({
          file,
          field: 'number',
          expected: `a document no other source registers (source "${first}" has this number)`,
          found: describeValue(data.number),
        });
    }
  }
}
