/**
 * Where a sharded build's shares go: `<dist>.shards/<K>-of-<N>/`, beside the final folder, which
 * `npm run build:merge` joins into `<dist>/`. In CI each runner uploads its share as an artifact.
 */
import { join } from 'node:path';
import { parseShard, type Shard } from '../domain/shard.ts';

/** The shard asked for with `--shard K/N`, or null for a whole build. */
export function shardFromArgs(argv: readonly string[]): Shard | null {
  const at = argv.indexOf('--shard');
  if (at < 0) return null;
  return parseShard(argv[at + 1] ?? '');
}

/** shardFromArgs, or the reason and exit code 2 when `--shard` is malformed. */
export function shardOrExit(argv: readonly string[]): Shard | null {
  try {
    return shardFromArgs(argv);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
}

export const shardsDir = (dist: string) => `${dist}.shards`;

export const shardDir = (dist: string, shard: Shard) => join(shardsDir(dist), `${shard.index}-of-${shard.count}`);

/**
 * The shards found in `<dist>.shards/`, checked to be every share of one split.
 * @example shardsComplete(['1-of-2', '2-of-2']) // [{ index: 1, count: 2 }, { index: 2, count: 2 }]
 */
export function shardsComplete(names: readonly string[]): Shard[] {
  const shards = names.map((name) => {
    const m = /^(\d+)-of-(\d+)$/.exec(name);
    if (!m) throw new Error(`${name}: expected a shard folder named K-of-N`);
    return parseShard(`${m[1]}/${m[2]}`);
  });
  const count = shards[0]?.count ?? 0;
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((k) => !shards.some((s) => s.index === k && s.count === count));
  if (count === 0 || missing.length > 0 || shards.length !== count) {
    throw new Error(`shards: expected shards 1 to ${count || 'N'} of one split; found ${names.join(', ') || 'none'}`);
  }
  return shards.sort((a, b) => a.index - b.index);
}
