/**
 * The search index: Pagefind through its Node API, one index per locale, written to
 * /pagefind/<locale>/ — in parts of at most PAGES_PER_PART pages when the site is larger than that
 * (src/domain/search/parts.ts), each released before the next, so Pagefind's memory stays flat
 * however large the site. Any indexing error fails the build. Logs pages indexed and time taken.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { IndexedDataset } from '../domain/dataset.ts';
import { filesUnder } from '../data/site-files.ts';
import { buildSettings } from '../data/build-settings.ts';
import { facetsFor } from './search-facets.ts';
import { documentFor } from './search-documents.ts';
import { prepareForIndex, type SearchFacets } from '../domain/search/index-content.ts';
import {
  PAGES_PER_PART,
  PARTS_FILE,
  firstPartTasks,
  partFilterValue,
  partFolder,
  splitIntoParts,
  type PartsFile,
} from '../domain/search/parts.ts';
import { formatDate } from '../i18n/format.ts';
import { useTranslations } from '../i18n/i18n.ts';
import type { LocaleCode } from '../i18n/locales.ts';
import { builtLocales } from '../i18n/built-locales.ts';
import { SEARCH_INDEX } from '../domain/archive/names.ts';
import { filePage, parsePagePath } from '../domain/routes.ts';

const IN_FLIGHT = 16;

/** Pages per part; tests set CK57_SEARCH_PART_PAGES small to search a site of several parts. */
function pagesPerPart(): number {
  return buildSettings().searchPartPages ?? PAGES_PER_PART;
}

interface IndexedPage {
  url: string;
  path: string;
  task: boolean;
  facets: SearchFacets;
}

/** The pages of a locale worth finding: those with an indexed body (data-pagefind-body). */
function pagesToIndex(out: string, locale: LocaleCode, data: IndexedDataset): IndexedPage[] {
  const t = useTranslations(locale);
  const pages: IndexedPage[] = [];
  for (const path of filesUnder(join(out, locale)).filter((p) => p.endsWith('.html'))) {
    if (!readFileSync(join(out, locale, path), 'utf8').includes('data-pagefind-body')) continue;
    const url = filePage(`/${locale}/${path}`);
    // "/vi/tasks/<id>/": a task's own page (the list of tasks is not indexed).
    pages.push({ url, path: join(locale, path), task: parsePagePath(url)?.section === 'tasks', facets: facetsFor(url, data, locale, t) });
  }
  return pages;
}

type Pagefind = typeof import('pagefind');

async function writePart(
  pagefind: Pagefind,
  out: string,
  locale: LocaleCode,
  pages: IndexedPage[],
  folder: string,
  data: IndexedDataset,
): Promise<void> {
  const t = useTranslations(locale);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: locale });
  if (!index || errors.length > 0) throw new Error(`Pagefind could not start for ${locale}: ${errors.join('; ')}`);
  // Keep several pages in flight: Pagefind works while the next page is read and prepared.
  // Its output does not depend on arrival order (two builds stay byte-identical).
  const inFlight: Promise<void>[] = [];
  for (const page of pages) {
    const html = readFileSync(join(out, page.path), 'utf8');
    const content = prepareForIndex(documentFor(page.url, html, data, locale, t), locale, page.facets);
    const added = index.addHTMLFile({ url: page.url, content }).then((result) => {
      if (result.errors.length > 0) throw new Error(`Pagefind could not index ${page.url}: ${result.errors.join('; ')}`);
    });
    // Awaited below; marked handled now so a failure waiting its turn fails the build
    // through the normal path, not as an unhandled rejection.
    added.catch(() => undefined);
    inFlight.push(added);
    if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
  }
  await Promise.all(inFlight);
  const written = await index.writeFiles({ outputPath: join(out, SEARCH_INDEX, folder) });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write the ${folder} index: ${written.errors.join('; ')}`);
  await index.deleteIndex();
}

/**
 * The parts file of a locale: its folders and, with several parts, what a search of the first
 * covers, said in the locale's language (counts and dates through Intl, plurals by i18next).
 */
function partsFile(folders: string[], parts: IndexedPage[][], locale: LocaleCode): PartsFile {
  if (parts.length === 1) return { folders };
  const t = useTranslations(locale);
  const { tasks, lastDeadline, otherTasks } = firstPartTasks(parts);
  return {
    folders,
    ...(lastDeadline ? { covered: t('search.covered', { count: tasks, date: formatDate(lastDeadline, locale) }) } : {}),
    searchOthers: t('search.searchOthers', { count: otherTasks }),
  };
}

export async function indexSite(data: IndexedDataset, out: string, logger: AstroIntegrationLogger): Promise<void> {
  const perPart = pagesPerPart();
  logger.info(`indexing pages, one index per locale, in parts of at most ${perPart} pages…`);
  const pagefind = await import('pagefind');
  try {
    for (const locale of builtLocales()) {
      const started = performance.now();
      const pages = pagesToIndex(out, locale.code, data);
      const parts = splitIntoParts(pages, perPart);
      const folders = parts.map((_, i) => partFolder(locale.code, i));
      for (const [i, part] of parts.entries()) {
        const pagesOfPart =
          parts.length === 1 ? part : part.map((page) => ({ ...page, facets: { ...page.facets, part: partFilterValue(i, page) } }));
        await writePart(pagefind, out, locale.code, pagesOfPart, folders[i]!, data);
      }
      writeFileSync(join(out, SEARCH_INDEX, locale.code, PARTS_FILE), `${JSON.stringify(partsFile(folders, parts, locale.code))}\n`);
      logger.info(
        `${locale.code}: ${pages.length} pages indexed in ${parts.length} part(s) in ${Math.round(performance.now() - started)} ms`,
      );
    }
  } finally {
    await pagefind.close();
  }
}
