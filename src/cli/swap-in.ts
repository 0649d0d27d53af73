/**
 * Publishing a built site without a half-written moment: it is built aside in a staging folder and
 * swapped in as the final folder by two renames on one file system (staging and retired copies sit
 * beside the final folder). A failure at any step leaves the previous site as it was. Used by the
 * build and by the merge of a sharded build.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Where a site is built before it is swapped in as `finalDir`. */
export const stagingFolder = (finalDir: string): string => `${finalDir}.staging`;

const reason = (error: unknown) => (error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error));

/**
 * What a build killed midway (kill -9, a power cut) left: its staging folder, and retired copies.
 * If it died between the two renames of the swap, the previous site is put back first.
 */
export function cleanLeftovers(finalDir: string): void {
  const stagingDir = stagingFolder(finalDir);
  const retired = existsSync(dirname(finalDir))
    ? readdirSync(dirname(finalDir)).filter((name) => name.startsWith(`${basename(finalDir)}.previous`))
    : [];
  if (!existsSync(finalDir) && retired.length > 0) {
    renameSync(join(dirname(finalDir), retired[0]!), finalDir);
    console.log(`Put back the previous site ${finalDir}, left aside by a build that was stopped midway.`);
    retired.shift();
  }
  for (const name of retired) {
    try {
      rmSync(join(dirname(finalDir), name), { recursive: true, force: true });
    } catch (error) {
      console.warn(`Could not remove ${join(dirname(finalDir), name)}, a previous site left aside (${reason(error)}); remove it by hand.`);
    }
  }
  rmSync(stagingDir, { recursive: true, force: true });
}

/** Swap the new site in: two renames on one file system. Returns the exit code. */
export function swapIn(stagingDir: string, finalDir: string): number {
  // Named per build: a retired copy that could not be deleted (a locked file) never blocks the next swap.
  const retiredDir = `${finalDir}.previous-${process.pid}`;
  try {
    if (existsSync(finalDir)) renameSync(finalDir, retiredDir);
  } catch (error) {
    rmSync(stagingDir, { recursive: true, force: true });
    console.error(
      `Could not replace ${finalDir} (${reason(error)}: is it locked or read-only?); the previous site was left as it was and nothing was published.`,
    );
    return 1;
  }
  try {
    renameSync(stagingDir, finalDir);
  } catch (error) {
    if (existsSync(retiredDir)) renameSync(retiredDir, finalDir);
    rmSync(stagingDir, { recursive: true, force: true });
    console.error(
      `Could not move the new site to ${finalDir} (${reason(error)}); the previous site was put back and nothing was published.`,
    );
    return 1;
  }
  try {
    rmSync(retiredDir, { recursive: true, force: true });
  } catch (error) {
    // The new site is published; only the old copy stays behind. The next build tries again.
    console.warn(`The previous site, moved to ${retiredDir}, could not be removed (${reason(error)}); the next build tries again.`);
  }
  return 0;
}
