/**
 * `npm run build`: check the data, build the site aside, and only when every step succeeded swap
 * it in as dist/. A failed build leaves the previous dist/ exactly as it was.
 */
import { existsSync, renameSync, rmSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkData } from './check-data.ts';
import { writeEditorSchemas } from './write-schemas.ts';
import { shareBuildDataset } from '../data/load-dataset.ts';
import { latestRelease } from '../data/releases.ts';
import type { IndexedDataset } from '../domain/dataset.ts';
import { verifyHistory } from '../domain/integrity/verify.ts';
import { shardDir, shardOrExit } from './shards.ts';

const root = process.cwd();
// `--shard K/N`: one share of the locales, into <dist>.shards/K-of-N/ for `npm run build:merge`.
const shard = shardOrExit(process.argv);
if (shard) process.env['CK57_SHARD'] = `${shard.index}/${shard.count}`;
const distDir = resolve(root, process.env['CK57_DIST'] ?? 'dist');
const finalDir = shard ? shardDir(distDir, shard) : distDir;
// Staging and retired copies sit beside the final folder: same file system, so the swap is two renames.
const stagingDir = `${finalDir}.staging`;
const retiredDir = `${finalDir}.previous`;

/** Published history may only grow: refuse data that edits, reorders or removes what a recorded release published. */
function keepsPublishedHistory(data: IndexedDataset): boolean {
  const release = latestRelease(root, data.meta.asOf);
  if (!release) return true;
  const breaches = verifyHistory(release.manifest, data);
  if (breaches.length === 0) return true;
  console.error(`The data rewrites history published in ${release.path}; nothing was published:`);
  for (const breach of breaches) console.error(`  ${breach.message}`);
  return false;
}

async function main(): Promise<number> {
  // The one check of the data: the pages and every after-build step use this result.
  const data = checkData(root);
  if (data === null || !keepsPublishedHistory(data)) return 1;
  shareBuildDataset(data);
  writeEditorSchemas(root);
  rmSync(stagingDir, { recursive: true, force: true });
  mkdirSync(resolve(finalDir, '..'), { recursive: true });
  process.env['CK57_OUT_DIR'] = stagingDir;
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  try {
    const { build } = await import('astro');
    await build({ root, outDir: stagingDir, logLevel: process.env['CK57_LOG'] === 'quiet' ? 'warn' : 'info' });
  } catch (error) {
    rmSync(stagingDir, { recursive: true, force: true });
    console.error(`Build failed; ${finalDir} was left as it was.`);
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    return 1;
  }
  // Swap: two renames on one file system, so readers never see a half-written site.
  rmSync(retiredDir, { recursive: true, force: true });
  if (existsSync(finalDir)) renameSync(finalDir, retiredDir);
  renameSync(stagingDir, finalDir);
  rmSync(retiredDir, { recursive: true, force: true });
  console.log(`Built the portal into ${finalDir}`);
  return 0;
}

process.exit(await main());
