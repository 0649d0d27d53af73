/**
 * A sharded build: `npm run build -- --shard K/N` renders and indexes the pages of every N-th
 * locale starting at the K-th, so N machines build the seven locales side by side; `npm run
 * build:merge` joins their folders and makes the manifest, archive and sums once. Locales are the
 * unit because every per-locale step (pages, per-record feeds, the search index) splits cleanly
 * along them, and a locale's pages cost about the same in every locale.
 */

export interface Shard {
  /** 1-based: shard 1 of 3 is the first. */
  index: number;
  count: number;
}

/**
 * Parse "K/N".
 * @example parseShard('2/3') // { index: 2, count: 3 }
 */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) throw new Error(`--shard: expected K/N with 1 ≤ K ≤ N, e.g. 2/3; found "${text}"`);
  return { index, count };
}

/**
 * The items (locales) of one shard: every count-th, starting at the index-th, so shards differ by
 * at most one locale; all of them without a shard.
 * @example itemsOfShard(['vi', 'en', 'fr', 'ru', 'uk', 'nl', 'id'], { index: 2, count: 3 }) // ['en', 'uk']
 */
export function itemsOfShard<T>(items: readonly T[], shard: Shard | null): T[] {
  if (shard === null) return [...items];
  if (shard.count > items.length) throw new Error(`--shard: at most ${items.length} shards (one locale each); found ${shard.count}`);
  return items.filter((_, i) => i % shard.count === shard.index - 1);
}
