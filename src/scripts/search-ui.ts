/**
 * The search page's client: loads this locale's Pagefind index on first use (never on other
 * pages), in all its parts, folds the query like the index (tone marks off, đ → d), and shows
 * results with facets and a sort order. Strings come from data-* attributes; nothing of i18next is shipped.
 */
import { foldDiacritics } from '../domain/search/fold.ts';
import { PART_FILTER } from '../domain/search/parts.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(basePath: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] }>;
}
type Filters = Record<string, { any: string[] }>;

const FACETS = ['kind', 'status', 'body', 'theme'] as const;
/** Each shown result costs a fragment download; ten keep one query light on a slow phone. */
const SHOWN = 10;

class PortalSearch extends HTMLElement {
  #pagefind: Promise<{ api: PagefindApi; parts: number }> | undefined;
  #form = this.querySelector('form')!;
  #input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
  #sort = this.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  #facetsPanel = this.querySelector<HTMLDetailsElement>('[data-facets-panel]')!;
  #facets = this.querySelector<HTMLElement>('[data-facets]')!;
  #facetsShown: Promise<void> | undefined;
  #runs = 0;
  #status = this.querySelector<HTMLElement>('[data-status]')!;
  #list = this.querySelector<HTMLOListElement>('ol[data-results]')!;

  connectedCallback(): void {
    this.querySelector('[data-needs-js]')?.remove();
    this.querySelector<HTMLElement>('[data-enhanced]')!.hidden = false;
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      const url = new URL(location.href);
      url.searchParams.set('q', this.#input.value);
      history.replaceState(null, '', url);
      void this.run();
    });
    this.#sort.addEventListener('change', () => void this.run());
    this.#facets.addEventListener('change', () => void this.run());
    this.#facetsPanel.addEventListener('toggle', () => {
      if (this.#facetsPanel.open) void this.#showFacets();
    });
    const query = new URL(location.href).searchParams.get('q');
    if (query) {
      this.#input.value = query;
      void this.run();
    }
  }

  /**
   * This locale's index, with the other parts merged in when the build wrote more than one
   * (src/domain/search/parts.ts). Searched on the page itself, without Pagefind's web worker: its
   * script would be one more download for a search that takes milliseconds.
   */
  #load(): Promise<{ api: PagefindApi; parts: number }> {
    this.#pagefind ??= (async () => {
      const [api, folders] = await Promise.all([
        import(/* @vite-ignore */ this.dataset['bundle']!) as Promise<PagefindApi>,
        // Revalidated like Pagefind's own entry file: the number of parts changes as the site grows.
        fetch(this.dataset['parts']!, { cache: 'no-cache' }).then((response) => {
          if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
          return response.json() as Promise<string[]>;
        }),
      ]);
      const options = { excerptLength: 24 };
      await api.options({ ...options, noWorker: true });
      const bundle = new URL(this.dataset['bundle']!, location.href);
      await Promise.all(folders.slice(1).map((folder) => api.mergeIndex(new URL(`../${folder}/`, bundle).pathname, options)));
      return { api, parts: folders.length };
    })();
    // A failed load (a network hiccup) is not kept: the next search tries again.
    this.#pagefind.catch(() => (this.#pagefind = undefined));
    return this.#pagefind;
  }

  /**
   * Results in the chosen order. By relevance Pagefind ranks across parts itself. By deadline each
   * part is asked alone (its part filter) and the parts follow one another: they were cut in
   * deadline order, and Pagefind's sorted ranks are positions within one part, not comparable.
   */
  async #find(query: string, filters: Filters): Promise<PagefindResult[]> {
    const { api, parts } = await this.#load();
    if (this.#sort.value !== 'deadline') return (await api.search(query, { filters })).results;
    if (parts === 1) return (await api.search(query, { filters, sort: { deadline: 'asc' } })).results;
    const partNumbers = Array.from({ length: parts }, (_, i) => String(i + 1));
    const perPart = await Promise.all(partNumbers.map((part) => api.search(query, { filters: { ...filters, [PART_FILTER]: { any: [part] } }, sort: { deadline: 'asc' } })));
    return perPart.flatMap((search) => search.results);
  }

  /** The filter lists, loaded the first time a reader opens them. */
  #showFacets(): Promise<void> {
    this.#facetsShown ??= this.#load()
      .then(async ({ api }) => this.#renderFacets(await api.filters()))
      .catch(() => {
        this.#facetsShown = undefined;
        this.#status.textContent = this.dataset['failed'] ?? '';
      });
    return this.#facetsShown;
  }

  #renderFacets(available: Record<string, Record<string, number>>): void {
    for (const facet of FACETS) {
      const values = Object.keys(available[facet] ?? {}).sort((a, b) => a.localeCompare(b, document.documentElement.lang));
      if (values.length === 0) continue;
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = this.dataset[`facet${facet[0]!.toUpperCase()}${facet.slice(1)}`] ?? facet;
      fieldset.append(legend);
      for (const value of values) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = facet;
        box.value = value;
        label.append(box, ` ${value}`);
        fieldset.append(label);
      }
      this.#facets.append(fieldset);
    }
  }

  #selectedFilters(): Filters {
    const filters: Filters = {};
    for (const box of this.#facets.querySelectorAll<HTMLInputElement>('input:checked')) {
      (filters[box.name] ??= { any: [] }).any.push(box.value);
    }
    return filters;
  }

  async run(): Promise<void> {
    const query = this.#input.value.trim();
    if (query === '') return;
    // Only the latest search may show its results: an earlier, slower one must not overwrite them.
    const run = ++this.#runs;
    this.#status.textContent = this.dataset['loading'] ?? '';
    try {
      const found = await this.#find(foldDiacritics(query), this.#selectedFilters());
      const results = await Promise.all(found.slice(0, SHOWN).map((r) => r.data()));
      if (run === this.#runs) this.#render(results, found.length);
    } catch {
      if (run === this.#runs) this.#status.textContent = this.dataset['failed'] ?? '';
    }
  }

  #render(results: PagefindResultData[], total: number): void {
    const category = new Intl.PluralRules(document.documentElement.lang).select(total);
    const form = `plural${category[0]!.toUpperCase()}${category.slice(1)}`;
    const template = this.dataset[form] ?? this.dataset['pluralOther'];
    this.#status.textContent = total === 0 ? (this.dataset['none'] ?? '') : (template ?? '{{count}}').replace('{{count}}', total.toLocaleString(document.documentElement.lang));
    this.#list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = result.url;
        link.textContent = result.meta['title'] ?? result.url;
        const kind = document.createElement('span');
        kind.className = 'muted';
        kind.textContent = ` — ${[result.filters['kind']?.[0], result.filters['status']?.[0]].filter(Boolean).join(' · ')}`;
        const excerpt = document.createElement('p');
        // Pagefind marks the matched words with <mark>; rebuild them as nodes, never as HTML.
        for (const [i, part] of result.excerpt.split(/<\/?mark>/).entries()) {
          const text = document.createTextNode(part.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
          if (i % 2 === 1) {
            const mark = document.createElement('mark');
            mark.append(text);
            excerpt.append(mark);
          } else excerpt.append(text);
        }
        item.append(link, kind, excerpt);
        return item;
      }),
    );
  }
}

customElements.define('portal-search', PortalSearch);
