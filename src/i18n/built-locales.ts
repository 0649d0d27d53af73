/**
 * The locales this build renders and indexes: all seven, or one shard's share of them when the
 * build runs with `--shard K/N` (CK57_SHARD, set by src/cli/build.ts; src/domain/shard.ts).
 */
import { itemsOfShard, parseShard } from '../domain/shard.ts';
import { LOCALES, type Locale } from './locales.ts';

export function builtLocales(): Locale[] {
  const shard = process.env['CK57_SHARD'];
  return itemsOfShard(LOCALES, shard ? parseShard(shard) : null);
}

/** Whether this build is one shard of several (the manifest, archive and host files wait for the merge). */
export function isShardBuild(): boolean {
  return Boolean(process.env['CK57_SHARD']);
}
