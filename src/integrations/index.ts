/**
 * The build as named steps (src/integrations/steps.ts), each timed into Astro's cache folder:
 * `start-up` (Node, the data check, the configuration), `content-sync` (Vite's set-up and the content
 * collections), `render` (Astro bundles and writes the pages, data tables and overall feeds) and
 * `astro-finish`, seen from Astro's hooks; then the after-build steps in the order they need:
 * `record-files` (the per-record feeds and JSON, which read the data); `archive-pack` and
 * `search-index` side by side on two cores — the two longest steps; `search-hash`; `manifest`, from
 * the packer's hashes and the index's; `archive-close`; last, `host-config` (src/integrations/release.ts).
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
import { now, stepRunner, stepsFileIn, type StepRunner } from './steps.ts';

/** @param context the build's context, from the integration that checked the data */
function publishSite(context: () => BuildContext): AstroIntegration {
  let site: URL | undefined;
  let stepsFile = '';
  let steps: StepRunner | undefined;
  // When Astro reached each hook, in milliseconds since 1970.
  let configDone = 0;
  let renderStart = 0;
  let generated = 0;
  return {
    name: 'cong-khai-57:publish',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        configDone = now();
        site = config.site ? new URL(config.site) : undefined;
        stepsFile = stepsFileIn(fileURLToPath(config.cacheDir));
        if (!site) logger.warn(NO_SITE_WARNING);
      },
      'astro:build:start': ({ logger }) => {
        renderStart = now();
        steps = stepRunner(stepsFile, logger.fork('cong-khai-57:steps'));
        steps.record('start-up', performance.timeOrigin, configDone);
        steps.record('content-sync', configDone, renderStart);
      },
      'astro:build:generated': () => {
        generated = now();
        steps?.record('render', renderStart, generated);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const run = steps ?? stepRunner(null, logger.fork('cong-khai-57:steps'));
        if (generated > 0) run.record('astro-finish', generated, now());
        // Tables, whole-dataset files and overall feeds are Astro endpoints (src/pages/data,
        // src/pages/[lang]/feeds), written with the pages; the per-record files come right after.
        const build = context();
        await run.run('record-files', () => writeRecordFiles(build, out, site, logger.fork('cong-khai-57:record-files')));
        // A sharded build's sitemaps are written by the merge, from all the shards' pages.
        if (!isShardBuild()) await run.run('sitemap', () => writeSitemaps(out, site, build.dataset));
        const indexSearch = () => indexSite(build.dataset, out, logger.fork('cong-khai-57:search'));
        // One shard of several: its pages and index only; `npm run build:merge` does the rest once.
        if (isShardBuild()) return run.run('search-index', indexSearch);
        await publishRelease(build, out, logger, run, indexSearch);
      },
    },
  };
}

export function portalIntegrations(): AstroIntegration[] {
  const dataCheck = checkBuildData();
  return [dataCheck, logTranslationStatus(dataCheck.context), publishSite(dataCheck.context)];
}
