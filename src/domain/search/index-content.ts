/**
 * What Pagefind is given for a page: the page as built, plus — inside its indexed body — the
 * facets for filtering, the deadline for sorting, and the tone-mark-free forms of its words so
 * unaccented queries match. Only the index sees these additions; the served page is unchanged.
 */
import { escapeXml } from '../xml.ts';
import { foldDiacritics } from './fold.ts';
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

/**
 * The words of a text that tone-mark folding changes, folded, each once, in order of first use.
 * Words folding leaves as they are are already in the index; repeating them, or repeating a folded
 * word, would only make the index and every result fragment a reader downloads larger.
 * @example foldedWords('Bộ Khoa học và Công nghệ; Bộ Tài chính') // 'bo hoc va cong nghe tai chinh'
 */
export function foldedWords(text: string): string {
  const words = new Set<string>();
  for (const [word] of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const folded = foldDiacritics(word);
    if (folded !== word.toLowerCase()) words.add(folded);
  }
  return [...words].join(' ');
}

export function prepareForIndex(html: string, facets: SearchFacets): string {
  const open = html.lastIndexOf('<main', html.indexOf('data-pagefind-body'));
  const close = html.lastIndexOf('</main>');
  if (open < 0 || close < open) return html;
  // Pagefind reads only the indexed part and the page's language, so send only those: the header,
  // navigation and footer it would parse and throw away are most of a small page. Field labels
  // ("Lead body", "Deadline"…) and blocks marked data-pagefind-ignore (the portal's own wording,
  // dates and day counts, repeated on every page of a kind): dropped here, their words neither
  // bloat every query's download nor get folded copies.
  const htmlTag = /<html\b[^>]*>/.exec(html)?.[0] ?? '<html>';
  const body = html
    .slice(open, close)
    .replace(/<dt\b[^>]*>[\s\S]*?<\/dt>/g, '')
    .replace(/<(\w+)\b[^>]*\sdata-pagefind-ignore\b[^>]*>[\s\S]*?<\/\1>/g, (block, tag: string) => {
      // The match ends at the first closing tag of the same name: an ignored element holding
      // another of its kind would be cut short and its tail indexed. None does; keep it so.
      if (new RegExp(`<${tag}\\b`).test(block.slice(1))) throw new Error(`An element marked data-pagefind-ignore holds another <${tag}>: ${block.slice(0, 120)}…`);
      return '';
    });
  const filter = (name: string, value: string | undefined) => (value ? `<span data-pagefind-filter="${name}:${escapeXml(value)}"></span>` : '');
  const additions = [
    filter('kind', facets.kind),
    filter('status', facets.status),
    filter('body', facets.body),
    filter('theme', facets.theme),
    filter(PART_FILTER, facets.part),
    `<span data-pagefind-sort="deadline:${facets.deadline ?? NO_DEADLINE}"></span>`,
    `<div>${escapeXml(foldedWords(indexedText(`${body}</main>`)))}</div>`,
  ].join('');
  return `${htmlTag}<body>${body}${additions}</main></body></html>`;
}
