/**
 * `npm run build:merge`: join the shards of a sharded build (`npm run build -- --shard K/N` on N
 * machines, each into <dist>.shards/K-of-N/) into one site, make what is made once — the offline
 * archive, the release manifest and sums, the host configuration — and swap it in as <dist>/, the
 * same bytes as a single build. Files every shard writes (the shared pages, assets, data tables)
 * must be identical in each; a difference fails the merge and publishes nothing.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { shardDir, shardsComplete, shardsDir } from './shards.ts';
import { buildSettings } from '../data/build-settings.ts';
import { checkBuild, isDataRefusal } from '../integrations/data-check.ts';
import { filesUnder } from '../data/site-files.ts';
import { publishRelease } from '../integrations/release.ts';
import { writeSitemaps } from '../integrations/sitemap.ts';
import { SITE_ENV, siteFromEnv } from '../site-url.ts';
import { stepRunner } from '../integrations/steps.ts';
import { cleanLeftovers, stagingFolder, swapIn } from './swap-in.ts';

const root = process.cwd();
const finalDir = resolve(root, buildSettings(root).distDir);
const stagingDir = stagingFolder(finalDir);

/** The site's address the shards were built for (SITE_URL, as the build reads it), for the sitemaps. */
function siteUrl(): URL | undefined {
  const href = siteFromEnv(process.env[SITE_ENV]);
  return href === undefined ? undefined : new URL(href);
}

/** The after-build steps log through Astro's logger; outside Astro, the same lines on the console. */
function consoleLogger(label: string): AstroIntegrationLogger {
  const line = (text: string) => console.log(`${new Date().toISOString().slice(11, 19)} [${label}] ${text}`);
  return { label, info: line, warn: line, error: line, debug: () => undefined, fork: consoleLogger } as unknown as AstroIntegrationLogger;
}

/** Copy every shard into `into`; a file two shards both wrote must be byte for byte the same. */
function joinShards(folders: readonly string[], into: string): number {
  const from = new Map<string, string>();
  for (const folder of folders) {
    for (const path of filesUnder(folder)) {
      const target = join(into, path);
      const earlier = from.get(path);
      if (earlier !== undefined) {
        if (!readFileSync(join(folder, path)).equals(readFileSync(target)))
          throw new Error(`${path}: ${folder} and ${earlier} wrote different files; shards must come from the same data and code`);
        continue;
      }
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(join(folder, path), target);
      from.set(path, folder);
    }
  }
  return from.size;
}

async function main(): Promise<number> {
  const site = siteUrl();
  // The same checks as every build: the data, then the releases it must keep.
  let context;
  try {
    context = checkBuild(buildSettings(root));
  } catch (error) {
    if (!isDataRefusal(error)) throw error;
    console.error(`Merge refused; ${finalDir} was left as it was.`);
    return 1;
  }
  const logger = consoleLogger('merge');
  try {
    const found = existsSync(shardsDir(finalDir)) ? readdirSync(shardsDir(finalDir)) : [];
    const shards = shardsComplete(found);
    cleanLeftovers(finalDir);
    const started = performance.now();
    const files = joinShards(
      shards.map((shard) => shardDir(finalDir, shard)),
      stagingDir,
    );
    logger.info(`${shards.length} shards joined: ${files} files in ${Math.round(performance.now() - started)} ms`);
    // The shards wrote their search indexes already: nothing to index beside the packer. The
    // steps' timings go to the log only: the merge is no Astro build, with no cache folder.
    const steps = stepRunner(null, logger.fork('steps'));
    await steps.run('sitemap', () => writeSitemaps(stagingDir, site, context.dataset));
    await publishRelease(context, stagingDir, logger, steps, null);
  } catch (error) {
    rmSync(stagingDir, { recursive: true, force: true });
    console.error(`Merge failed; ${finalDir} was left as it was.`);
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
  const code = swapIn(stagingDir, finalDir);
  if (code === 0) console.log(`Merged the shards into ${finalDir}`);
  return code;
}

process.exit(await main());
