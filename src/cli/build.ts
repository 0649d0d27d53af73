/**
 * `npm run build`: build the site aside, and only when every step succeeded swap it in as dist/. A
 * failed build leaves the previous dist/ exactly as it was. The data is checked by the Astro
 * integration (src/integrations/data-check.ts), as in every other way of building.
 */
import { rmSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSettings } from '../data/build-settings.ts';
import { exitAfterOutput } from './exit.ts';
import { isDataRefusal } from '../integrations/data-check.ts';
import { acquireBuildLock } from './build-lock.ts';
import { writeEditorSchemas } from './write-schemas.ts';
import { shardDir, shardOrExit } from './shards.ts';
import { cleanLeftovers, stagingFolder, swapIn } from './swap-in.ts';

const root = process.cwd();
// `--shard K/N`: one share of the locales, into <dist>.shards/K-of-N/ for `npm run build:merge`.
const shard = shardOrExit(process.argv);
if (shard) process.env['CK57_SHARD'] = `${shard.index}/${shard.count}`;
const distDir = resolve(root, buildSettings(root).distDir);
const finalDir = shard ? shardDir(distDir, shard) : distDir;
const stagingDir = stagingFolder(finalDir);

async function main(): Promise<number> {
  // Astro's caches (.astro/, node_modules/.astro) are per project folder, so one build at a time in it.
  acquireBuildLock(root);
  writeEditorSchemas(root);
  mkdirSync(resolve(finalDir, '..'), { recursive: true });
  cleanLeftovers(finalDir);
  process.env['CK57_OUT_DIR'] = stagingDir;
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  try {
    const { build } = await import('astro');
    await build({ root, outDir: stagingDir, logLevel: process.env['CK57_LOG'] === 'quiet' ? 'warn' : 'info' });
  } catch (error) {
    rmSync(stagingDir, { recursive: true, force: true });
    console.error(`Build failed; ${finalDir} was left as it was.`);
    // A refusal of the data has printed its reasons, one a line; anything else shows where it broke.
    if (!isDataRefusal(error)) console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    return 1;
  }
  // Swap: two renames on one file system, so readers never see a half-written site.
  const code = swapIn(stagingDir, finalDir);
  if (code === 0) console.log(`Built the portal into ${finalDir}`);
  return code;
}

await exitAfterOutput(await main());
