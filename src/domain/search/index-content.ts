/**
 * What Pagefind is given for a page: the page as built, plus — inside its indexed body — the
 * facets for filtering, the deadline for sorting, and a tone-mark-free copy of its text so
 * unaccented queries match. Only the index sees these additions; the served page is unchanged.
 */
import { escapeXml } from '../xml.ts';
import { foldDiacritics } from './fold.ts';

export interface SearchFacets {
  kind: string;
  status?: string;
  body?: string;
  theme?: string;
  /** ISO date; tasks without a deadline sort last. */
  deadline?: string;
}

/** The visible text of the indexed part of a page (data-pagefind-body), tags removed. */
export function indexedText(html: string): string {
  const start = html.indexOf('data-pagefind-body');
  if (start < 0) return '';
  const open = html.indexOf('>', start) + 1;
  const close = html.indexOf('</main>', open);
  return html
    .slice(open, close < 0 ? undefined : close)
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

export function prepareForIndex(html: string, facets: SearchFacets): string {
  const filter = (name: string, value: string | undefined) => (value ? `<span data-pagefind-filter="${name}:${escapeXml(value)}"></span>` : '');
  const additions = [
    filter('kind', facets.kind),
    filter('status', facets.status),
    filter('body', facets.body),
    filter('theme', facets.theme),
    `<span data-pagefind-sort="deadline:${facets.deadline ?? '9999-12-31'}"></span>`,
    `<div>${escapeXml(foldDiacritics(indexedText(html)))}</div>`,
  ].join('');
  const close = html.lastIndexOf('</main>');
  return close < 0 ? html : `${html.slice(0, close)}${additions}${html.slice(close)}`;
}
