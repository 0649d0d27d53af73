/**
 * The locales this build renders and indexes: all seven, or one shard's share of them when the
 * build runs with `--shard K/N` (CK57_SHARD, set by src/cli/build.ts; src/domain/shard.ts).
 */
import { buildSettings } from '../data/build-settings.ts';
import { itemsOfShard } from '../domain/shard.ts';
import { LOCALES, type Locale } from './locales.ts';

export function builtLocales(): Locale[] {
  return itemsOfShard(LOCALES, buildSettings().shard);
}

/** Whether this build is one shard of several (the manifest, archive and host files wait for the merge). */
export function isShardBuild(): boolean {
  return buildSettings().shard !== null;
}
