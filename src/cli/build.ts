/**
 * `npm run build`: check the data, build the site aside, and only when every step succeeded swap
 * it in as dist/. A failed build leaves the previous dist/ exactly as it was.
 */
import { existsSync, renameSync, rmSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkData } from './check-data.ts';
import { contentDir } from '../data/content-dir.ts';
import { loadDataset } from '../data/load-dataset.ts';
import { latestRelease } from '../data/releases.ts';
import { verifyHistory } from '../domain/integrity/verify.ts';
import { hasFeedbackChannel } from '../domain/feedback.ts';

const root = process.cwd();
const finalDir = resolve(root, process.env['CK57_DIST'] ?? 'dist');
// Staging and retired copies sit beside the final folder: same file system, so the swap is two renames.
const stagingDir = `${finalDir}.staging`;
const retiredDir = `${finalDir}.previous`;

/** Published history may only grow: refuse data that edits, reorders or removes what a recorded release published. */
function keepsPublishedHistory(): boolean {
  const data = loadDataset(root, contentDir);
  const release = latestRelease(root, data.meta.asOf);
  if (!release) return true;
  const breaches = verifyHistory(release.manifest, data);
  if (breaches.length === 0) return true;
  console.error(`The data rewrites history published in ${release.path}; nothing was published:`);
  for (const breach of breaches) console.error(`  ${breach.message}`);
  return false;
}

/** Readers can still copy a report without an address, so this warns and does not stop the build. */
function warnWithoutFeedbackChannel(): void {
  const { meta } = loadDataset(root, contentDir);
  if (hasFeedbackChannel(meta.feedback)) return;
  console.warn(`Warning: ${contentDir}/dataset.json › feedback: no "email" or "formUrl" is set, so "Report a problem" can only offer text to copy and say who publishes the portal.`);
}

async function main(): Promise<number> {
  if (!checkData(root)) return 1;
  if (!keepsPublishedHistory()) return 1;
  warnWithoutFeedbackChannel();
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
