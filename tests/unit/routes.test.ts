/** The route table: every kind of page is built and read back through it; anything else is refused. */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ROUTES,
  SECTIONS,
  declaredPageKinds,
  filePage,
  htmlBudgetKb,
  pageFile,
  pageKind,
  parsePagePath,
  parseSegments,
  recordSection,
  routePath,
  routeRecord,
  sectionPath,
  type Route,
} from '../../src/domain/routes.ts';

/** One route of each shape the table allows, worked out from src/pages by hand. */
const EXAMPLES: Route[] = [
  { section: 'home' },
  { section: 'progress' },
  { section: 'progress', id: 'past_deadline' },
  { section: 'progress', id: 'month/2026-03' },
  { section: 'progress', id: 'body/moet', page: 3 },
  { section: 'responsibility' },
  { section: 'responsibility', id: 'commune', page: 2 },
  { section: 'results' },
  { section: 'meetings' },
  { section: 'meetings', id: 'meeting-2025-10-15' },
  { section: 'monitors' },
  { section: 'monitors', id: 'draft' },
  { section: 'sources' },
  { section: 'sources', id: 'nq-57-2024' },
  { section: 'changes' },
  { section: 'changes', id: '2026-03' },
  { section: 'changes', id: 'stale', page: 12 },
  { section: 'data' },
  { section: 'search' },
  { section: 'methodology' },
  { section: 'translations' },
  { section: 'about' },
  { section: 'guides', id: 'readers' },
  { section: 'tasks', id: 's57-2025-10-15-08' },
  { section: 'bodies', id: 'moet' },
  { section: 'indicators', id: 'gerd-share-gdp' },
];

describe('the route table', () => {
  it.each(EXAMPLES)('builds and reads back %o in every locale', (route) => {
    for (const locale of ['vi', 'uk'] as const) {
      const path = routePath(locale, route);
      expect(path).toMatch(/^\/(vi|uk)\/([\w.~/-]+\/)?$/);
      expect(parsePagePath(path)).toEqual({ locale, ...route });
      expect(parsePagePath(`${path.slice(1)}index.html`)).toEqual({ locale, ...route });
    }
  });

  it('round-trips a page of every shape each section of the table allows', () => {
    for (const section of SECTIONS) {
      const spec = ROUTES[section] as { index: boolean; below?: string | readonly string[] };
      const routes: Route[] = [
        ...(spec.index ? [{ section }] : []),
        ...(spec.below === 'record' || spec.below === 'slug' ? [{ section, id: 'x-1' }] : []),
        ...(Array.isArray(spec.below) ? spec.below.map((id: string) => ({ section, id })) : []),
        ...(spec.below === 'listing'
          ? [
              { section, id: 'g' },
              { section, id: 'month/2026-03', page: 2 },
            ]
          : []),
      ];
      if (section === 'feeds') expect(routes).toEqual([]);
      else expect(routes.length, section).toBeGreaterThan(0);
      for (const route of routes) expect(parsePagePath(routePath('nl', route))).toEqual({ locale: 'nl', ...route });
    }
  });

  it('declares the kinds of page each section has', () => {
    const kinds = declaredPageKinds();
    expect(kinds.filter((k) => k.editorial)).toEqual([
      { kind: 'about', editorial: true },
      { kind: 'guides/*', editorial: true },
    ]);
    expect(kinds.map((k) => k.kind)).toEqual(expect.arrayContaining(['home', 'sources', 'sources/*', 'tasks/*', 'monitors/*']));
    expect(kinds.map((k) => k.kind)).not.toContain('tasks');
    expect(kinds.map((k) => k.kind).filter((k) => k.startsWith('feeds'))).toEqual([]);
  });

  it('names the file each path is published as, and reads it back', () => {
    expect(pageFile('/vi/tasks/x/')).toBe('/vi/tasks/x/index.html');
    expect(pageFile('/vi/feeds/events.atom')).toBe('/vi/feeds/events.atom');
    expect(filePage('/vi/tasks/x/index.html')).toBe('/vi/tasks/x/');
    expect(filePage('index.html')).toBe('');
  });

  it('builds paths as the pages link them', () => {
    expect(sectionPath('vi', 'tasks', 's57-2025-10-15-08')).toBe('/vi/tasks/s57-2025-10-15-08/');
    expect(sectionPath('en', 'home')).toBe('/en/');
    expect(sectionPath('fr', 'progress', 'body/moet', '2')).toBe('/fr/progress/body/moet/2/');
    expect(routePath('vi', { section: 'changes', id: '2026-03', page: 1 })).toBe('/vi/changes/2026-03/');
  });

  it.each([
    '/',
    '/xx/',
    '/vi',
    '/vi/task/x/',
    '/vi/tasks/',
    '/vi/bodies/',
    '/vi/guides/',
    '/vi/tasks/x/y/',
    '/vi/results/x/',
    '/vi/monitors/other/',
    '/vi/feeds/',
    '/vi/feeds/tasks/',
    '/vi/changes/2026-03/1/',
    '/vi/changes/2026-03/02/',
    '/vi/progress/a/b/c/',
    '/vi/home/',
    '/vi/tasks/a b/',
    '/vi/tasks/constructor/x/',
    '/404.html',
    'index.html',
    'vi/feeds/events.atom',
  ])('refuses %s, where no page is published', (path) => {
    expect(parsePagePath(path)).toBeNull();
  });

  it('refuses a section name it does not know, even one on Object.prototype', () => {
    expect(parseSegments(['constructor'])).toBeNull();
    expect(parseSegments(['toString', 'x'])).toBeNull();
  });

  it('says which record a page shows, and where each collection is read', () => {
    expect(routeRecord({ section: 'bodies', id: 'moet' })).toEqual({ collection: 'agencies', id: 'moet' });
    expect(routeRecord({ section: 'meetings', id: 'm' })).toEqual({ collection: 'sources', id: 'm' });
    expect(routeRecord({ section: 'changes', id: '2026-03' })).toBeUndefined();
    expect(routeRecord({ section: 'bodies' })).toBeUndefined();
    expect(recordSection('agencies')).toBe('bodies');
    expect(recordSection('sources')).toBe('sources');
    expect(recordSection('tasks')).toBe('tasks');
    expect(recordSection('indicators')).toBe('indicators');
  });

  it('names the kind of each page for samples and weights', () => {
    expect(pageKind('vi/index.html')).toBe('home');
    expect(pageKind('vi/progress/index.html')).toBe('progress');
    expect(pageKind('en/tasks/x/index.html')).toBe('tasks/*');
    expect(pageKind('en/progress/month/2026-03/index.html')).toBe('progress/*');
    expect(pageKind('404.html')).toBeNull();
    expect(pageKind('vi/feeds/events.atom')).toBeNull();
  });

  it('has a route for every page module under src/pages/[lang], and a page module for every section', () => {
    const root = join(process.cwd(), 'src/pages/[lang]');
    const modules = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.astro'))
      .map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'));
    const sectionOf = (module: string) => (module === 'index.astro' ? 'home' : module.replace(/(\/.*)?\.astro$/, ''));
    expect(modules.map(sectionOf).filter((s) => !(s in ROUTES))).toEqual([]);
    const sections = new Set(modules.map(sectionOf));
    expect(SECTIONS.filter((s) => !sections.has(s))).toEqual(['feeds']);
  });

  it('gives every kind of page it declares a page-weight budget, and none to what it does not know', () => {
    expect(declaredPageKinds().filter(({ kind }) => htmlBudgetKb(kind) === undefined)).toEqual([]);
    expect(htmlBudgetKb('tasks/*')).toBe(9);
    expect(htmlBudgetKb('data')).toBe(7.5);
    // Tasks have no page of their own section, feeds are files, and an unknown kind has no budget.
    expect([htmlBudgetKb('tasks'), htmlBudgetKb('feeds/*'), htmlBudgetKb('glossary')]).toEqual([undefined, undefined, undefined]);
  });
});
