/**
 * The portal's one route table: every kind of page below a locale, the path it is published at,
 * and the parser that reads a path back. The navigation, the links between pages, the sitemap
 * (written from the pages actually built), the search facets and documents, the archive and the
 * tests all go through it, so a new kind of page is one entry here (with the page weight it may
 * reach, and its link in NAV_SECTIONS or FOOTER_SECTIONS), its page module, and its strings: one
 * file with every language in src/i18n/pages/, listed in that folder's index.ts.
 *
 * A page's path is "/<locale>/<section>/<id>/" ("/<locale>/" for home): `id` is a record's id
 * (tasks/<id>), a listing's group with its page number ("changes/2026-03/2"), an editorial page's
 * name (guides/<slug>) or a fixed sub-page (monitors/draft).
 */
import { LOCALE_CODES, type LocaleCode } from './schema/primitives.ts';

/** The collection whose records have a page of their own in a section. */
export type RecordCollection = 'tasks' | 'agencies' | 'sources' | 'indicators';

interface RouteSpec {
  /** Whether "/<locale>/<section>/" is a page of its own. */
  readonly index: boolean;
  /**
   * What may follow the section: a record's id ("record", of `collection`), a listing's group and
   * page number ("listing": a group is one or two segments, "stale" or "month/2026-03"), an editorial page's name ("slug"), one of a fixed list of sub-pages,
   * or nothing. "files" is a folder of files that are not pages (feeds).
   */
  readonly below?: 'record' | 'listing' | 'slug' | 'files' | readonly string[];
  readonly collection?: RecordCollection;
  /** An editorial page, built only once written in content/pages/ (src/data/prose.ts). */
  readonly editorial?: true;
  /**
   * The most gzipped HTML, in kB, a page of the section may weigh on the bundled data (`page`: the
   * section's own page; `below`: the pages under it), checked by tests/e2e/size-budget.spec.ts.
   * Required, so a new kind of page says what it may weigh where it is declared. Each is what the
   * bundled data weighs in its heaviest language (Russian) plus about a fifth to a third, so that a
   * regression fails while an ordinary edit of the data does not; measured again on 2026-12-04: home
   * 4.9 kB, progress 10.3, a month of changes 9.8, a source 6.0, methodology 8.5 (vi).
   */
  readonly htmlKb: { readonly page?: number; readonly below?: number };
}

/** Every section, in the order the sitemap lists them. Derived from src/pages/[lang]. */
export const ROUTES = {
  home: { index: true, htmlKb: { page: 6 } },
  progress: { index: true, below: 'listing', htmlKb: { page: 12, below: 6 } },
  // Responsibility lists every body with tasks while they fit one page, with the phone's sort control.
  responsibility: { index: true, below: 'listing', htmlKb: { page: 7, below: 5 } },
  results: { index: true, htmlKb: { page: 7 } },
  meetings: { index: true, below: 'record', collection: 'sources', htmlKb: { page: 4, below: 8 } },
  monitors: { index: true, below: ['draft'], htmlKb: { page: 5, below: 6 } },
  // A source page carries its "Cite this" box (address, release, hash, citation and BibTeX).
  sources: { index: true, below: 'record', collection: 'sources', htmlKb: { page: 6, below: 7 } },
  changes: { index: true, below: 'listing', htmlKb: { page: 8, below: 11 } },
  // Every file with its size and dated name, and the signed releases with the commands that check
  // them: one line per recorded release (three on 2026-12-05) and, since the key changed, each key's
  // line and the releases it signed (Russian: 6.2 kB then).
  data: { index: true, htmlKb: { page: 7.5 } },
  search: { index: true, htmlKb: { page: 4 } },
  // The status rule, the reporter rule's table, the date rules, how evidence is kept and the signed releases.
  methodology: { index: true, htmlKb: { page: 10 } },
  // At most 25 records listed per kind, however many still fall back; how each language's texts
  // were made; the glossary with its document, body and place-name terms.
  translations: { index: true, htmlKb: { page: 11 } },
  about: { index: true, editorial: true, htmlKb: { page: 5 } },
  // The accessibility statement: what the tests check, what does not work yet, where to report.
  accessibility: { index: true, htmlKb: { page: 5 } },
  guides: { index: false, below: 'slug', editorial: true, htmlKb: { below: 9 } },
  // The task page's 7 kB (an earlier issue's) plus issue 28's "Cite this" box, about 0.3 kB gzipped,
  // and room for a longer history: the bundled data's heaviest task page weighed 8.4 kB on
  // 2026-12-04, with ten reports in its history.
  tasks: { index: false, below: 'record', collection: 'tasks', htmlKb: { below: 9 } },
  // A body page is its review sheet: each task carries its self-report, assessment and a block to
  // sign; and, as every record page, its "Cite this" box.
  bodies: { index: false, below: 'record', collection: 'agencies', htmlKb: { below: 7.5 } },
  indicators: { index: false, below: 'record', collection: 'indicators', htmlKb: { below: 7 } },
  feeds: { index: false, below: 'files', htmlKb: {} },
} as const satisfies Record<string, RouteSpec>;

export type Section = keyof typeof ROUTES;
export const SECTIONS = Object.keys(ROUTES) as Section[];

/**
 * The sections of the main navigation, in its order ("home" is the locale's own page): the three
 * publicities first, then the meetings and the monitors' desk, which readers look for by name.
 */
export const NAV_SECTIONS = [
  'home',
  'progress',
  'responsibility',
  'results',
  'meetings',
  'monitors',
  'sources',
  'changes',
  'data',
  'search',
  'methodology',
] as const satisfies readonly Section[];
export type NavSection = (typeof NAV_SECTIONS)[number];

/**
 * The sections every page's footer links to, after the meetings and the editorial pages, each
 * named by its `nav.<section>` string.
 */
export const FOOTER_SECTIONS = ['translations', 'accessibility'] as const satisfies readonly Section[];

/** A page below its locale: its section and, below the section's own page, what names it. */
export interface Route {
  section: Section;
  /** The record id, listing group, editorial page or sub-page; undefined for the section's own page. */
  id?: string;
  /** A listing's page number after the first. */
  page?: number;
}

const isSection = (name: string): name is Section => Object.hasOwn(ROUTES, name);
export const isLocale = (code: string): code is LocaleCode => (LOCALE_CODES as readonly string[]).includes(code);
const SEGMENT = /^[\w.~-]+$/u;

/** The segments of a route below the locale. @example routeSegments({ section: 'tasks', id: 'x' }) // ['tasks', 'x'] */
export function routeSegments(route: Route): string[] {
  const head = route.section === 'home' ? [] : [route.section];
  const id = route.id === undefined ? [] : route.id.split('/');
  return [...head, ...id, ...(route.page === undefined || route.page === 1 ? [] : [String(route.page)])];
}

/**
 * A page's path: "/<locale>/<section>/<rest…>/". Empty segments are dropped.
 * @example sectionPath('vi', 'tasks', 's57-2025-10-15-08') // '/vi/tasks/s57-2025-10-15-08/'
 * @example sectionPath('vi', 'home') // '/vi/'
 */
export function sectionPath(locale: LocaleCode, section: Section, ...rest: string[]): string {
  const segments = [locale, ...(section === 'home' ? [] : [section]), ...rest].filter((s) => s.length > 0);
  return `/${segments.join('/')}/`;
}

/** A route's path. @example routePath('en', { section: 'changes', id: '2026-03', page: 2 }) // '/en/changes/2026-03/2/' */
export const routePath = (locale: LocaleCode, route: Route): string => sectionPath(locale, 'home', ...routeSegments(route));

/**
 * The file a path is published as: a page ("/vi/tasks/x/") is its folder's index.html (Astro's
 * directory format), which the offline archive names outright since no server adds it there.
 * @example pageFile('/vi/tasks/x/') // '/vi/tasks/x/index.html'
 */
export const pageFile = (path: string): string => (path.endsWith('/') ? `${path}index.html` : path);

/** A page's path from its file, the inverse of pageFile. @example filePage('/vi/tasks/x/index.html') // '/vi/tasks/x/' */
export const filePage = (file: string): string => file.replace(/(^|\/)index\.html$/, '$1');

/**
 * Read segments below the locale back into a route; null when no page is published there (an
 * unknown section, an id where the section takes none, a sub-page it does not have).
 */
export function parseSegments(segments: readonly string[]): Route | null {
  if (segments.length === 0) return { section: 'home' };
  const [name, ...rest] = segments;
  if (!isSection(name!) || name === 'home' || !segments.every((s) => SEGMENT.test(s))) return null;
  const spec: RouteSpec = ROUTES[name];
  const below = spec.below;
  if (rest.length === 0) return spec.index ? { section: name } : null;
  if (below === 'listing') {
    // A group is one or two segments ("stale", "month/2026-03"), then the page number after the first.
    const last = rest[rest.length - 1]!;
    const numbered = rest.length > 1 && /^\d+$/.test(last);
    const group = numbered ? rest.slice(0, -1) : rest;
    // "…/1" is the group's own page, published without its number.
    if (group.length > 2 || (numbered && !/^([2-9]|[1-9]\d+)$/.test(last))) return null;
    return { section: name, id: group.join('/'), ...(numbered ? { page: Number(last) } : {}) };
  }
  if (rest.length > 1 || below === undefined || below === 'files') return null;
  if (Array.isArray(below) && !below.includes(rest[0]!)) return null;
  return { section: name, id: rest[0]! };
}

/**
 * Read a page's path ("/vi/tasks/x/", "vi/tasks/x/index.html") into its locale and route; null
 * for anything that is not a page of a locale (the root, 404.html, a feed, a data file).
 * @example parsePagePath('/vi/tasks/x/') // { locale: 'vi', section: 'tasks', id: 'x' }
 */
export function parsePagePath(path: string): (Route & { locale: LocaleCode }) | null {
  const trimmed = filePage(path.replace(/^\//, ''));
  if (!trimmed.endsWith('/')) return null;
  const [locale, ...segments] = trimmed.slice(0, -1).split('/');
  if (locale === undefined || !isLocale(locale)) return null;
  const route = parseSegments(segments);
  return route ? { locale, ...route } : null;
}

/** The record a route shows, if it is a record's page. */
export function routeRecord(route: Route): { collection: RecordCollection; id: string } | undefined {
  const spec: RouteSpec = ROUTES[route.section];
  return spec.below === 'record' && spec.collection && route.id !== undefined ? { collection: spec.collection, id: route.id } : undefined;
}

/** Where a record of a collection is read. @example recordSection('agencies') // 'bodies' */
export function recordSection(collection: RecordCollection): Section {
  const found = SECTIONS.find((s) => s !== 'meetings' && (ROUTES[s] as RouteSpec).collection === collection);
  if (found === undefined) throw new Error(`No section shows records of ${collection}`);
  return found;
}

/**
 * Every kind of page the table declares, as pageKind names them ("tasks/*" for the pages below a
 * section), so a test can check each is built in every locale.
 */
export function declaredPageKinds(): { kind: string; editorial: boolean }[] {
  return SECTIONS.flatMap((section) => {
    const spec: RouteSpec = ROUTES[section];
    const kinds = [...(spec.index ? [section] : []), ...(spec.below !== undefined && spec.below !== 'files' ? [`${section}/*`] : [])];
    return kinds.map((kind) => ({ kind, editorial: spec.editorial === true }));
  });
}

/**
 * The most gzipped HTML, in kB, a page of a kind (as pageKind names it) may weigh; undefined for a
 * kind the table does not declare. @example htmlBudgetKb('tasks/*') // 9
 */
export function htmlBudgetKb(kind: string): number | undefined {
  const below = kind.endsWith('/*');
  const section = below ? kind.slice(0, -2) : kind;
  if (!(SECTIONS as string[]).includes(section)) return undefined;
  const spec: RouteSpec = ROUTES[section as Section];
  return below ? spec.htmlKb.below : spec.htmlKb.page;
}

/**
 * A page's type, for samples and weights: "home", the section ("progress"), or the section with
 * "/*" for a page below it ("tasks/*"); null for anything that is not a page.
 * @example pageKind('vi/tasks/x/index.html') // 'tasks/*'
 */
export function pageKind(path: string): string | null {
  const route = parsePagePath(path);
  if (route === null) return null;
  return route.id === undefined ? route.section : `${route.section}/*`;
}
