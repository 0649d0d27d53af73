/** The sharded build's split (src/domain/shard.ts) and the merge's check of its folders (src/cli/shards.ts). */
import { describe, expect, it } from 'vitest';
import { itemsOfShard, parseShard } from '../../src/domain/shard.ts';
import { shardFromArgs, shardsComplete } from '../../src/cli/shards.ts';

const SEVEN = ['vi', 'en', 'fr', 'ru', 'uk', 'nl', 'id'];

describe('splitting the locales', () => {
  it('gives each shard every N-th locale, so shares differ by at most one', () => {
    expect(itemsOfShard(SEVEN, { index: 1, count: 3 })).toEqual(['vi', 'ru', 'id']);
    expect(itemsOfShard(SEVEN, { index: 2, count: 3 })).toEqual(['en', 'uk']);
    expect(itemsOfShard(SEVEN, { index: 3, count: 3 })).toEqual(['fr', 'nl']);
    expect(itemsOfShard(SEVEN, null)).toEqual(SEVEN);
  });

  it('covers every locale exactly once, whatever the number of shards', () => {
    for (let count = 1; count <= 7; count += 1) {
      const all = Array.from({ length: count }, (_, i) => itemsOfShard(SEVEN, { index: i + 1, count })).flat();
      expect(all.sort()).toEqual([...SEVEN].sort());
    }
  });

  it('refuses more shards than locales', () => {
    expect(() => itemsOfShard(SEVEN, { index: 1, count: 8 })).toThrow('--shard: at most 7 shards (one locale each); found 8');
  });
});

describe('reading --shard', () => {
  it('reads K/N, and nothing without the flag', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(shardFromArgs(['node', 'build.ts', '--shard', '4/4'])).toEqual({ index: 4, count: 4 });
    expect(shardFromArgs(['node', 'build.ts'])).toBeNull();
  });

  it('says what it expected and what it found', () => {
    expect(() => parseShard('3/2')).toThrow('--shard: expected K/N with 1 ≤ K ≤ N, e.g. 2/3; found "3/2"');
    expect(() => parseShard('0/2')).toThrow('found "0/2"');
    expect(() => shardFromArgs(['--shard'])).toThrow('found ""');
  });
});

describe('the merge', () => {
  it('takes the shards of one split, in order', () => {
    expect(shardsComplete(['2-of-2', '1-of-2'])).toEqual([
      { index: 1, count: 2 },
      { index: 2, count: 2 },
    ]);
  });

  it('refuses a missing shard, shards of two splits, or no shard', () => {
    expect(() => shardsComplete(['1-of-3', '3-of-3'])).toThrow('shards: expected shards 1 to 3 of one split; found 1-of-3, 3-of-3');
    expect(() => shardsComplete(['1-of-2', '2-of-2', '1-of-3'])).toThrow('expected shards 1 to 2 of one split');
    expect(() => shardsComplete([])).toThrow('shards: expected shards 1 to N of one split; found none');
    expect(() => shardsComplete(['latest'])).toThrow('latest: expected a shard folder named K-of-N');
  });
});
