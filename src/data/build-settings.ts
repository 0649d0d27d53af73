/**
 * What a build reads besides the data, from the environment, in this one place. The data-check
 * integration reads them once and passes them on in the build's context (src/data/build-context.ts);
 * the pages receive them with it.
 * - CK57_CONTENT names another content folder (the frozen test fixture, the benchmark's generated
 *   data) and CK57_RELEASES the releases that data must keep; generated data has none, so it never
 *   mixes with the real record.
 * - CK57_SHARD: one share of the locales, `K/N` (set by `npm run build -- --shard K/N`).
 * - CK57_SEARCH_PART_PAGES: pages per part of a search index (tests set it small).
 * - CK57_DIST: the folder the finished site is swapped into (dist/ unless set; tests use their own).
 * - CK57_SIGNING_KEY: the release signing key's private half, outside the repository.
 * SITE_URL, the public address, is read by astro.config.mjs through src/site-url.ts, which refuses a
 * local one; the after-build steps take it from Astro's own configuration.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseShard, type Shard } from '../domain/shard.ts';

export interface BuildSettings {
  /** The project folder. */
  root: string;
  /** The content folder, relative to the root: content/ unless CK57_CONTENT says otherwise. */
  contentDir: string;
  /** The recorded releases the data must keep, or null for other data that has none. */
  releasesDir: string | null;
  /** The share of the locales this build renders, or null for all seven. */
  shard: Shard | null;
  /** Pages per part of a search index, or null for the default (src/domain/search/parts.ts). */
  searchPartPages: number | null;
  /** Where the finished site goes, relative to the root unless absolute. */
  distDir: string;
  /** The private signing key: ~/.config/cong-khai-57/release-signing-key unless CK57_SIGNING_KEY says otherwise. */
  signingKey: string;
}

function wholeNumber(name: string, text: string | undefined): number | null {
  if (text === undefined) return null;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name}: expected a whole number, 1 or more; found "${text}"`);
  return value;
}

/**
 * The settings of a build started in `root`.
 * @example buildSettings('/srv/portal', { CK57_SHARD: '2/3' }) // { …, contentDir: 'content', releasesDir: 'releases', shard: { index: 2, count: 3 } }
 */
export function buildSettings(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): BuildSettings {
  const content = env['CK57_CONTENT'];
  return {
    root,
    contentDir: content ?? 'content',
    releasesDir: env['CK57_RELEASES'] ?? (content === undefined ? 'releases' : null),
    shard: env['CK57_SHARD'] ? parseShard(env['CK57_SHARD']) : null,
    searchPartPages: wholeNumber('CK57_SEARCH_PART_PAGES', env['CK57_SEARCH_PART_PAGES']),
    // An empty CK57_DIST would name the project folder itself, which the swap would replace.
    distDir: env['CK57_DIST'] || 'dist',
    signingKey: env['CK57_SIGNING_KEY'] ?? join(homedir(), '.config', 'cong-khai-57', 'release-signing-key'),
  };
}
