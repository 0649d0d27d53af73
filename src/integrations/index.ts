/**
 * What the build does after Astro has written the pages, in one hook, in the order the steps need:
 * the per-record feeds and JSON (they read the data); then the archive packer starts on everything
 * written so far while the search index is built from the pages — the two longest steps, side by
 * side on two cores; then the manifest, from the packer's hashes and the index's; then the packer
 * adds the manifest and closes the archive; last, the host configuration (_headers, nginx).
 *
 * Side by side they fit in memory because each is bounded: Pagefind indexes at most PAGES_PER_PART
 * pages at a time (src/domain/search/parts.ts) and the packer's heap is capped.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { publishRelease } from './release.ts';
import { writeRecordFiles } from './record-files.ts';
import { isShardBuild } from '../i18n/built-locales.ts';
import { indexSite } from './search.ts';
import { logTranslationStatus } from './translation-status.ts';
import { NO_SITE_WARNING } from '../site-url.ts';
import type { BuildContext } from '../data/build-context.ts';
import { checkBuildData } from './data-check.ts';
import { writeSitemaps } from './sitemap.ts';

/** @param context the build's context, from the integration that checked the data */
function publishSite(context: () => BuildContext): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'cong-khai-57:publish',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        site = config.site ? new URL(config.site) : undefined;
        if (!site) logger.warn(NO_SITE_WARNING);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // Tables, whole-dataset files and overall feeds are Astro endpoints (src/pages/data,
        // src/pages/[lang]/feeds), written with the pages; the per-record files come right after.
        const build = context();
        writeRecordFiles(build, out, site, logger.fork('cong-khai-57:record-files'));
        if (!isShardBuild()) writeSitemaps(out, site, build.dataset); // a sharded build's are written by the merge
        // One shard of several: its pages and index only; `npm run build:merge` does the rest once.
        if (isShardBuild()) return indexSite(build.dataset, out, logger.fork('cong-khai-57:search'));
        await publishRelease(build, out, logger, () => indexSite(build.dataset, out, logger.fork('cong-khai-57:search')));
      },
    },
  };
}

export function portalIntegrations(): AstroIntegration[] {
  const dataCheck = checkBuildData();
  return [dataCheck, logTranslationStatus(dataCheck.context), publishSite(dataCheck.context)];
}
