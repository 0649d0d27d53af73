/**
 * The search page's client: loads this locale's Pagefind index on first use (never on other
 * pages) — on a site in several parts the first part alone, the others only when the reader asks
 * or the first cannot fill a page of results (src/domain/search/parts.ts) — searches the query as
 * typed (Pagefind folds tone marks itself and, with src/domain/search/ranking.ts, ranks exact
 * spellings first), and shows results with their snippets, facets counted for the query, and a
 * sort order. The query, order, filters and scope live in the URL. Strings come from data-*
 * attributes and the parts file; nothing of i18next is shipped.
 */
import { DATE_FACETS, FACETS, NO_DEADLINE_MONTH } from '../domain/search/index-content.ts';
import { OTHER_PAGES_PART, PART_FILTER, partFilterValues, type PartsFile } from '../domain/search/parts.ts';
import { rankingFor } from '../domain/search/ranking.ts';
import { snippet } from '../domain/search/snippet.ts';

interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(basePath: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string, options?: Record<string, unknown>): Promise<PagefindSearch>;
}
interface PagefindSearch {
  results: PagefindResult[];
  /** For each facet value, how many results the query would have with that value added. */
  filters: Record<string, Record<string, number>>;
}
type Filters = Record<string, { any: string[] }>;
/** Each shown result costs a fragment download; ten at a time keep one query light on a slow phone. */
const SHOWN = 10;
const PAGEFIND_OPTIONS = { excerptLength: 24 };

/**
 * What a search is: the query, the order, the chosen facet values, and whether the reader asked
 * for every part of the index (`scope=all`), all kept in the URL.
 */
interface SearchState {
  query: string;
  sort: string;
  filters: Filters;
  everything: boolean;
}

function stateFromUrl(url: URL): SearchState {
  const filters: Filters = {};
  for (const facet of FACETS) {
    const values = url.searchParams.getAll(facet).filter(Boolean);
    if (values.length > 0) filters[facet] = { any: values };
  }
  return {
    query: url.searchParams.get('q') ?? '',
    sort: url.searchParams.get('sort') === 'deadline' ? 'deadline' : 'relevance',
    filters,
    everything: url.searchParams.get('scope') === 'all',
  };
}

function urlOf(state: SearchState): URL {
  const url = new URL(location.pathname, location.href);
  url.searchParams.set('q', state.query);
  if (state.sort !== 'relevance') url.searchParams.set('sort', state.sort);
  for (const facet of FACETS) for (const value of state.filters[facet]?.any ?? []) url.searchParams.append(facet, value);
  if (state.everything) url.searchParams.set('scope', 'all');
  return url;
}

/** The portal's own language, which readers often type without marks on any page. */
const VIETNAMESE = 'vi';

/** A script the query is written in, to know which other languages could answer it. */
const isCyrillic = (query: string) => /\p{Script=Cyrillic}/u.test(query);

/** This locale's index, as first loaded: the first part, and the list of every part. */
interface LoadedIndex {
  api: PagefindApi;
  parts: PartsFile;
}

/** Facet counts of searches over parts that share no page, added up. */
function sumCounts(searches: PagefindSearch[]): Record<string, Record<string, number>> {
  const sum: Record<string, Record<string, number>> = {};
  for (const search of searches)
    for (const [facet, values] of Object.entries(search.filters)) {
      const counts = (sum[facet] ??= {});
      for (const [value, count] of Object.entries(values)) counts[value] = (counts[value] ?? 0) + count;
    }
  return sum;
}

class PortalSearch extends HTMLElement {
  #pagefind: Promise<LoadedIndex> | undefined;
  /** The other parts, merged into the first part's Pagefind once a search needs them. */
  #others: Promise<void> | undefined;
  #everything = false;
  #form = this.querySelector('form')!;
  #input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
  #sort = this.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  #facetsPanel = this.querySelector<HTMLDetailsElement>('[data-facets-panel]')!;
  #facets = this.querySelector<HTMLElement>('[data-facets]')!;
  #facetsLoaded: Promise<void> | undefined;
  #chosen: Filters = {};
  #runs = 0;
  #status = this.querySelector<HTMLElement>('[data-status]')!;
  #elsewhere = this.querySelector<HTMLElement>('[data-other-language]')!;
  #list = this.querySelector<HTMLOListElement>('ol[data-results]')!;
  #more = this.querySelector<HTMLButtonElement>('button[data-more]')!;
  /** Other languages' indexes, loaded when a search suggests one (#otherIndex). */
  #otherIndexes = new Map<string, Promise<PagefindApi>>();
  /** The latest search's results, all of them, and how many are shown (SHOWN more each time the reader asks). */
  #results: PagefindResult[] = [];
  #shown = 0;
  #query = '';
  #scope = this.querySelector<HTMLElement>('[data-scope]')!;
  #searchOthers = this.querySelector<HTMLAnchorElement>('[data-search-others]')!;

  connectedCallback(): void {
    this.querySelector('[data-needs-js]')?.remove();
    this.querySelector<HTMLElement>('[data-enhanced]')!.hidden = false;
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#go();
    });
    this.#sort.addEventListener('change', () => this.#go());
    this.#more.addEventListener('click', () => void this.#showMore());
    this.#facets.addEventListener('change', () => {
      this.#chosen = this.#checkedFilters();
      this.#go();
    });
    // A link, so it can be opened apart or shared; here it searches on the page, as a new entry.
    this.#searchOthers.addEventListener('click', (event) => {
      event.preventDefault();
      this.#everything = true;
      this.#go();
    });
    this.#facetsPanel.addEventListener('toggle', () => {
      if (this.#facetsPanel.open) void this.#loadFacets().then(() => this.run());
    });
    // Back and forward walk through the searches made on this page.
    addEventListener('popstate', () => this.#restore());
    this.#restore();
  }

  /** Shows the search the URL describes, and runs it. */
  #restore(): void {
    const state = stateFromUrl(new URL(location.href));
    this.#input.value = state.query;
    this.#sort.value = state.sort;
    this.#chosen = state.filters;
    this.#everything = state.everything;
    // Filters chosen in a shared link are shown, with their counts, not hidden away.
    if (Object.keys(state.filters).length > 0) this.#facetsPanel.open = true;
    if (state.query.trim() !== '') void this.run();
  }

  /**
   * A new search by the reader: a new entry in the history, so Back returns to the previous one.
   * Every part is searched for the query the reader asked it of; a new query starts again with the first.
   */
  #go(): void {
    const query = this.#input.value.trim();
    if (query !== stateFromUrl(new URL(location.href)).query) this.#everything = false;
    const url = urlOf({ query, sort: this.#sort.value, filters: this.#chosen, everything: this.#everything });
    if (url.href !== location.href) history.pushState(null, '', url);
    void this.run();
  }

  /**
   * This locale's index: its first part, and the list of its parts (src/domain/search/parts.ts).
   * Searched on the page itself, without Pagefind's web worker: its script would be one more
   * download for a search that takes milliseconds.
   */
  #load(): Promise<LoadedIndex> {
    this.#pagefind ??= (async () => {
      const [api, parts] = await Promise.all([
        import(/* @vite-ignore */ this.dataset['bundle']!) as Promise<PagefindApi>,
        // Revalidated like Pagefind's own entry file: the number of parts changes as the site grows.
        fetch(this.dataset['parts']!, { cache: 'no-cache' }).then((response) => {
          if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
          return response.json() as Promise<PartsFile>;
        }),
      ]);
      await api.options({ ...PAGEFIND_OPTIONS, noWorker: true });
      // Started now, with these options: options given before Pagefind starts replace the earlier
      // ones, so the query's ranking (#find) would otherwise drop noWorker and load the worker.
      await api.init();
      return { api, parts };
    })();
    // A failed load (a network hiccup) is not kept: the next search tries again.
    this.#pagefind.catch(() => (this.#pagefind = undefined));
    return this.#pagefind;
  }

  /**
   * The other parts, merged into the first part's Pagefind, which then searches them all. Pagefind
   * takes ranking options for them only here, once: they get those of a query without marks; only
   * the first part follows each query's marks (#find).
   */
  #mergeOthers({ api, parts }: LoadedIndex): Promise<void> {
    const bundle = new URL(this.dataset['bundle']!, location.href);
    this.#others ??= Promise.all(
      parts.folders
        .slice(1)
        .map((folder) => api.mergeIndex(new URL(`../${folder}/`, bundle).pathname, { ...PAGEFIND_OPTIONS, ranking: rankingFor('') })),
    ).then(async () => {
      // The filter lists already shown: the merged parts' lists too, or their counts would be missing.
      if (this.#facetsLoaded) await api.filters();
    });
    this.#others.catch(() => (this.#others = undefined));
    return this.#others;
  }

  /**
   * Results in the chosen order, and whether they come from the first part alone. On a site in
   * several parts the first is searched alone unless the reader asked for every part; the others
   * are searched too when it cannot fill a page of results, or lacks a word of the query (its
   * results would then match the other words only).
   */
  async #find(query: string, filters: Filters): Promise<{ found: PagefindSearch; firstPartOnly: boolean }> {
    const index = await this.#load();
    const { api, parts } = index;
    await api.options({ ranking: rankingFor(query) });
    const sort = this.#sort.value === 'deadline' ? { sort: { deadline: 'asc' } } : {};
    if (parts.folders.length === 1) return { found: await api.search(query, { filters, ...sort }), firstPartOnly: false };
    if (!this.#everything) {
      // Once the others are merged (an earlier search needed them), the first part's pages by their filter.
      const own: Filters = this.#others ? { [PART_FILTER]: { any: partFilterValues(0) } } : {};
      const found = await api.search(query, { filters: { ...filters, ...own }, ...sort });
      if (found.results.length >= SHOWN && !(await this.#unknownWords(api, query, own))) return { found, firstPartOnly: true };
    }
    await this.#mergeOthers(index);
    return { found: await this.#findInEveryPart(api, query, filters, parts.folders.length), firstPartOnly: false };
  }

  /**
   * Every part searched. By relevance Pagefind ranks across parts itself. By deadline each part is
   * asked alone (its part filter) and the parts follow one another: they were cut in deadline
   * order, and Pagefind's sorted ranks are positions within one part, not comparable. The pages
   * that are not tasks, all in the first part and without a deadline, come last.
   */
  async #findInEveryPart(api: PagefindApi, query: string, filters: Filters, parts: number): Promise<PagefindSearch> {
    const values = (await this.#partsWithEveryWord(api, query, parts)).flatMap(partFilterValues);
    if (values.length === 0) return { results: [], filters: {} };
    if (this.#sort.value !== 'deadline') return api.search(query, { filters: { ...filters, [PART_FILTER]: { any: values } } });
    const inOrder = [...values.filter((value) => value !== OTHER_PAGES_PART), ...values.filter((value) => value === OTHER_PAGES_PART)];
    const perPart = await Promise.all(
      inOrder.map((value) => api.search(query, { filters: { ...filters, [PART_FILTER]: { any: [value] } }, sort: { deadline: 'asc' } })),
    );
    return { results: perPart.flatMap((search) => search.results), filters: sumCounts(perPart) };
  }

  /**
   * The parts (numbered from 0) that hold every word of the query found anywhere on the site.
   * Pagefind leaves out a query word its index does not hold, so a part lacking one word would
   * answer with the other words alone, and a site in parts would find more than the same site in
   * one index. Each word is asked of each part alone; the chunks are those the query loads anyway.
   */
  async #partsWithEveryWord(api: PagefindApi, query: string, parts: number): Promise<number[]> {
    const indexes = Array.from({ length: parts }, (_, i) => i);
    const words = query.split(/\s+/).filter(Boolean);
    const holds = await Promise.all(
      words.map((word) =>
        Promise.all(
          indexes.map(
            async (i) => (await api.search(word, { filters: { [PART_FILTER]: { any: partFilterValues(i) } } })).results.length > 0,
          ),
        ),
      ),
    );
    const known = holds.filter((row) => row.includes(true));
    return indexes.filter((i) => known.every((row) => row[i]));
  }

  /**
   * The filter lists, loaded the first time a reader opens them (or a link names a filter): until
   * then a query downloads none of them, and the counts are unknown.
   */
  #loadFacets(): Promise<void> {
    this.#facetsLoaded ??= this.#load()
      .then(async ({ api }) => void (await api.filters()))
      .catch(() => {
        this.#facetsLoaded = undefined;
        this.#status.textContent = this.dataset['failed'] ?? '';
      });
    return this.#facetsLoaded;
  }

  /**
   * Each facet with the values this query can still narrow to, and how many results each gives;
   * values with none are left out, except a chosen one (shown with 0, so it can be unticked).
   */
  #renderFacets(counts: Record<string, Record<string, number>>): void {
    const lang = document.documentElement.lang;
    const number = new Intl.NumberFormat(lang);
    // Redrawn after every search: the box the reader just ticked keeps the keyboard focus.
    const focused =
      document.activeElement instanceof HTMLInputElement && this.#facets.contains(document.activeElement)
        ? `${document.activeElement.name}\n${document.activeElement.value}`
        : undefined;
    const fieldsets = FACETS.flatMap((facet) => {
      const chosen = this.#chosen[facet]?.any ?? [];
      const dated = DATE_FACETS.includes(facet);
      const values = Object.entries(counts[facet] ?? {}).filter(([value, count]) => count > 0 || chosen.includes(value));
      for (const value of chosen) if (!values.some(([v]) => v === value)) values.push([value, 0]);
      // Dates in time order (ISO values sort so; "no deadline" last), names in the language's order.
      values.sort(([a], [b]) =>
        dated
          ? Number(a === NO_DEADLINE_MONTH) - Number(b === NO_DEADLINE_MONTH) || (a < b ? -1 : a > b ? 1 : 0)
          : a.localeCompare(b, lang),
      );
      if (values.length === 0) return [];
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = this.dataset[`facet${facet[0]!.toUpperCase()}${facet.slice(1)}`] ?? facet;
      fieldset.append(legend);
      for (const [value, count] of values) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = facet;
        box.value = value;
        box.checked = chosen.includes(value);
        const tally = document.createElement('span');
        tally.className = 'muted';
        tally.textContent = `(${number.format(count)})`;
        label.append(box, ` ${this.#valueLabel(facet, value)} `, tally);
        fieldset.append(label);
      }
      return [fieldset];
    });
    this.#facets.replaceChildren(...fieldsets);
    if (focused)
      [...this.#facets.querySelectorAll<HTMLInputElement>('input')].find((box) => `${box.name}\n${box.value}` === focused)?.focus();
  }

  /**
   * A facet value as the reader reads it: dates and deadline months, kept in the index as ISO
   * values (the same in every language, so a shared link works in any), written through Intl.
   */
  #valueLabel(facet: string, value: string): string {
    const lang = document.documentElement.lang;
    if (facet === 'due' && value === NO_DEADLINE_MONTH) return this.dataset['dueNone'] ?? value;
    const date = new Date(`${value.length === 7 ? `${value}-01` : value}T00:00:00Z`);
    if (!DATE_FACETS.includes(facet as (typeof FACETS)[number]) || Number.isNaN(date.getTime())) return value;
    const style: Intl.DateTimeFormatOptions = facet === 'due' ? { year: 'numeric', month: 'long' } : { dateStyle: 'long' };
    return new Intl.DateTimeFormat(lang, { ...style, timeZone: 'UTC' }).format(date);
  }

  #checkedFilters(): Filters {
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
      if (this.#facetsPanel.open) await this.#loadFacets();
      const { found, firstPartOnly } = await this.#find(query, this.#chosen);
      const results = await Promise.all(found.results.slice(0, SHOWN).map((r) => r.data()));
      if (run !== this.#runs) return;
      this.#results = found.results;
      this.#query = query;
      this.#shown = 0;
      this.#list.replaceChildren();
      this.#append(results);
      this.#renderScope(firstPartOnly, query);
      if (this.#facetsLoaded) this.#renderFacets(found.filters);
      this.#elsewhere.replaceChildren();
      if (Object.keys(this.#chosen).length > 0) return;
      if (found.results.length === 0 || (await this.#unknownWords((await this.#load()).api, query)))
        void this.#suggestElsewhere(query, run);
      // Vietnamese typed on another language's page ("chuyen doi so" in the English header box)
      // finds the few records quoting Vietnamese words there: Vietnamese is asked too, and
      // suggested when it finds more.
      else if (found.results.length < SHOWN && document.documentElement.lang !== VIETNAMESE && !isCyrillic(query))
        void this.#suggestElsewhere(query, run, found.results.length, [VIETNAMESE]);
    } catch {
      if (run === this.#runs) this.#status.textContent = this.dataset['failed'] ?? '';
    }
  }

  /**
   * Whether some word of the query is in none of this index's records. Pagefind leaves such a word
   * out and answers with the others ("digital transformation" on the Vietnamese site would list
   * whatever matches "digital"), so its results are no good answer. Each word is searched alone:
   * the index chunks are those the query already loaded, so this downloads nothing more.
   */
  async #unknownWords(api: PagefindApi, query: string, filters: Filters = {}): Promise<boolean> {
    const words = query.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
    if (words.length < 2) return false;
    const found = await Promise.all(words.map(async (word) => (await api.search(word, { filters })).results.length > 0));
    return found.includes(false);
  }

  /**
   * Another language's index, loaded once per page: Pagefind takes noWorker only before it starts
   * (given later, it warns), and a page may ask the same language after each of several searches.
   */
  #otherIndex(locale: string): Promise<PagefindApi> {
    let index = this.#otherIndexes.get(locale);
    if (!index) {
      const bundle = this.dataset['bundle']!.replace(`/${document.documentElement.lang}/`, `/${locale}/`);
      index = (async () => {
        const api = (await import(/* @vite-ignore */ bundle)) as PagefindApi;
        await api.options({ noWorker: true });
        await api.init();
        return api;
      })();
      this.#otherIndexes.set(locale, index);
      // A failed load (a network hiccup) is not kept: the next search tries again.
      index.catch(() => this.#otherIndexes.delete(locale));
    }
    return index;
  }

  /**
   * When this language finds nothing good, the languages that could read the query (by its script)
   * are asked one after another, English first; the first that finds results (more than `beat`) is
   * suggested with a link to its search. This costs another index's download, so only after an
   * empty search, or one of less than a page that `only` the languages named may better.
   */
  async #suggestElsewhere(query: string, run: number, beat = 0, only?: string[]): Promise<void> {
    const here = document.documentElement.lang;
    const cyrillic = isCyrillic(query);
    const locales =
      only ?? (this.dataset['locales'] ?? '').split(' ').filter((code) => code !== here && ['ru', 'uk'].includes(code) === cyrillic);
    for (const locale of locales) {
      try {
        const api = await this.#otherIndex(locale);
        await api.options({ ranking: rankingFor(query) });
        const { results } = await api.search(query);
        if (run !== this.#runs) return;
        if (results.length <= beat || (await this.#unknownWords(api, query))) continue;
        const language = new Intl.DisplayNames([here], { type: 'language' }).of(locale) ?? locale;
        const link = document.createElement('a');
        link.href = `/${locale}/search/?q=${encodeURIComponent(query)}`;
        link.hreflang = locale;
        link.textContent = (this.dataset['elsewhereLink'] ?? '{{language}}').replace('{{language}}', language);
        this.#elsewhere.replaceChildren(`${(this.dataset['elsewhere'] ?? '').replace('{{language}}', language)} `, link);
        return;
      } catch {
        // Another language's index that cannot load is no answer; try the next.
      }
    }
  }

  /**
   * Under results from the first part alone: which records they cover, and the link that searches
   * the other parts too (both sentences written at build time, src/integrations/search.ts).
   */
  #renderScope(firstPartOnly: boolean, query: string): void {
    this.#scope.hidden = !firstPartOnly;
    if (!firstPartOnly) return;
    void this.#load().then(({ parts }) => {
      this.#scope.querySelector('[data-covered]')!.textContent = parts.covered ?? '';
      this.#searchOthers.textContent = parts.searchOthers ?? '';
      this.#searchOthers.href = urlOf({ query, sort: this.#sort.value, filters: this.#chosen, everything: true }).href;
    });
  }

  /** The next SHOWN results under those shown, the keyboard focus on the first of them. */
  async #showMore(): Promise<void> {
    const run = this.#runs;
    const next = await Promise.all(this.#results.slice(this.#shown, this.#shown + SHOWN).map((r) => r.data()));
    if (run !== this.#runs || next.length === 0) return;
    const first = this.#list.children.length;
    this.#append(next);
    this.#list.children[first]?.querySelector('a')?.focus();
  }

  /**
   * Adds results to the list, and says honestly how many are shown of how many found ("Showing 10
   * of 35 results"), with a button for the next ones while some are not shown.
   */
  #append(results: PagefindResultData[]): void {
    this.#list.append(...results.map((result) => this.#item(result)));
    this.#shown += results.length;
    const total = this.#results.length;
    const lang = document.documentElement.lang;
    const number = (n: number) => n.toLocaleString(lang);
    const counted = (prefix: string, count: number) => {
      const category = new Intl.PluralRules(lang).select(count);
      const template = this.dataset[`${prefix}${category[0]!.toUpperCase()}${category.slice(1)}`] ?? this.dataset[`${prefix}Other`];
      return (template ?? '{{count}}').replace('{{count}}', number(count));
    };
    this.#status.textContent =
      total === 0
        ? (this.dataset['none'] ?? '')
        : this.#shown < total
          ? counted('showing', total).replace('{{shown}}', number(this.#shown))
          : counted('plural', total);
    const left = total - this.#shown;
    this.#more.hidden = left <= 0;
    if (left > 0) this.#more.textContent = counted('more', Math.min(SHOWN, left));
  }

  #item(result: PagefindResultData): HTMLLIElement {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta['title'] ?? result.url;
    const kind = document.createElement('span');
    kind.className = 'muted';
    kind.textContent = ` — ${[result.filters['kind']?.[0], result.filters['status']?.[0]].filter(Boolean).join(' · ')}`;
    const excerpt = document.createElement('p');
    // Built as text nodes, never as HTML: the snippet is the record's own text.
    for (const part of snippet(result.content, this.#query)) {
      if (part.mark) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      } else excerpt.append(part.text);
    }
    item.append(link, kind, excerpt);
    return item;
  }
}

customElements.define('portal-search', PortalSearch);
