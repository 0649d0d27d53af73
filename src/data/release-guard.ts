/**
 * Published values only grow: the data may not change or remove anything the newest recorded
 * release published, nor go back before it (whatever the data's own date says). Run by the Astro
 * integration before anything is built, so `npm run build`, `npx astro build` and every other way
 * of building are refused alike.
 */
import type { IndexedDataset } from '../domain/dataset.ts';
import type { BuildSettings } from './build-settings.ts';
import { guardRelease } from '../domain/integrity/guard.ts';
import { newestRelease } from './releases.ts';

/** Why the data may not be published, one line each (the first says which release); empty when it may. */
export function releaseGuardProblems({ root, contentDir, releasesDir }: BuildSettings, data: IndexedDataset): string[] {
  let release: ReturnType<typeof newestRelease>;
  try {
    release = newestRelease(root, releasesDir);
  } catch (error) {
    return [`A recorded release cannot be read (${error instanceof Error ? error.message : String(error)}); nothing was published.`];
  }
  if (!release) return [];
  const lines = guardRelease(release, data, contentDir);
  if (lines.length === 0) return [];
  return [`The data rewrites what ${release.path} published; nothing was published:`, ...lines.map((line) => `  ${line}`)];
}
