/**
 * The search index: Pagefind through its Node API, one index per locale, each written to
 * /pagefind/<locale>/ and released before the next, so memory stays flat as the site grows.
 * Any indexing error fails the build. Logs pages indexed and time taken.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildDataset } from '../data/load-dataset.ts';
import { filesUnder } from '../data/site-files.ts';
import { facetsFor } from './search-facets.ts';
import { prepareForIndex } from '../domain/search/index-content.ts';
import { useTranslations } from '../i18n/i18n.ts';
import { LOCALES } from '../i18n/locales.ts';

const IN_FLIGHT = 16;

export function searchIndex(): AstroIntegration {
  return {
    name: 'cong-khai-57:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // The benchmark times each phase from these start lines.
        logger.info('indexing pages, one index per locale…');
        const out = fileURLToPath(dir);
        const data = buildDataset();
        const pagefind = await import('pagefind');
        try {
          for (const locale of LOCALES) {
            const started = performance.now();
            const { index, errors } = await pagefind.createIndex({ forceLanguage: locale.code });
            if (!index || errors.length > 0) throw new Error(`Pagefind could not start for ${locale.code}: ${errors.join('; ')}`);
            const t = useTranslations(locale.code);
            let pages = 0;
            // Keep several pages in flight: Pagefind works while the next page is read and prepared.
            // Its output does not depend on arrival order (two builds stay byte-identical).
            const inFlight: Promise<void>[] = [];
            for (const path of filesUnder(join(out, locale.code)).filter((p) => p.endsWith('.html'))) {
              const html = readFileSync(join(out, locale.code, path), 'utf8');
              if (!html.includes('data-pagefind-body')) continue;
              const url = `/${locale.code}/${path}`.replace(/index\.html$/, '');
              const added = index.addHTMLFile({ url, content: prepareForIndex(html, facetsFor(url, data, locale.code, t)) }).then((result) => {
                if (result.errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${result.errors.join('; ')}`);
              });
              // Awaited below; marked handled now so a failure waiting its turn fails the build
              // through the normal path, not as an unhandled rejection.
              added.catch(() => undefined);
              inFlight.push(added);
              pages += 1;
              if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
            }
            await Promise.all(inFlight);
            const written = await index.writeFiles({ outputPath: join(out, 'pagefind', locale.code) });
            if (written.errors.length > 0) throw new Error(`Pagefind could not write the ${locale.code} index: ${written.errors.join('; ')}`);
            await index.deleteIndex();
            logger.info(`${locale.code}: ${pages} pages indexed in ${Math.round(performance.now() - started)} ms`);
          }
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
