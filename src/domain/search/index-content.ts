/**
 * What Pagefind is given for a page: its search document (src/domain/search/document.ts: weighted
 * fields written from the record, never the page's chrome), plus the facets for filtering and the
 * deadline for sorting. Only the index sees this; the served page is unchanged.
 */
import { escapeXml } from '../xml.ts';
import { documentHtml, type SearchDocument } from './document.ts';
import { NO_DEADLINE, PART_FILTER } from './parts.ts';

export interface SearchFacets {
  kind: string;
  status?: string;
  body?: string;
  theme?: string;
  /**
   * The date of the meeting a record belongs to (a task it assigned, its record, its page, a report
   * of it), ISO: a value the same in every language, which the search page writes as a date.
   */
  meeting?: string;
  /** A task's deadline month ("2025-06"), or NO_DEADLINE_MONTH; the search page writes it as a month. */
  due?: string;
  /** ISO date; tasks without a deadline sort last. */
  deadline?: string;
  /** The page's part of the index (1, 2, …) when there are several: src/domain/search/parts.ts. */
  part?: string;
}

/** The facet names a reader can filter on, in the order the search page lists them. */
export const FACETS = ['kind', 'status', 'body', 'theme', 'meeting', 'due'] as const;

/** Facets whose values are ISO dates or months: listed in time order and written as dates by the search page. */
export const DATE_FACETS: readonly (typeof FACETS)[number][] = ['meeting', 'due'];

/** The `due` value of a task without a deadline (listed after every month). */
export const NO_DEADLINE_MONTH = 'none';

/**
 * A task's `due` value: the month of its deadline, or NO_DEADLINE_MONTH.
 * @example dueMonth('2025-06-30') // '2025-06'
 */
export const dueMonth = (deadline: string | null | undefined): string => (deadline ? deadline.slice(0, 7) : NO_DEADLINE_MONTH);

export function prepareForIndex(document: SearchDocument, lang: string, facets: SearchFacets): string {
  const filter = (name: string, value: string | undefined) =>
    value ? `<span data-pagefind-filter="${name}:${escapeXml(value)}"></span>` : '';
  const extra = [
    ...FACETS.map((name) => filter(name, facets[name])),
    filter(PART_FILTER, facets.part),
    `<span data-pagefind-sort="deadline:${facets.deadline ?? NO_DEADLINE}"></span>`,
  ].join('');
  return documentHtml(document, lang, extra);
}
