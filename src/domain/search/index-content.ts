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
  /** ISO date; tasks without a deadline sort last. */
  deadline?: string;
  /** The page's part of the index (1, 2, …) when there are several: src/domain/search/parts.ts. */
  part?: string;
}

/** The facet names a reader can filter on, in the order the search page lists them. */
export const FACETS = ['kind', 'status', 'body', 'theme'] as const;

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
