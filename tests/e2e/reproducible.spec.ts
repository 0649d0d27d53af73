/**
 * Two builds of the same commit, one of them in shards, give byte-identical sites: no build clock, random ids or
 * unordered iteration reaches the output. The second build (made before the tests,
 * tests/support/variants.ts) is compared with the suite's own.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { variant } from '../support/variants.ts';
import { builtFiles, distDir } from '../support/built-site.ts';

const digest = (dir: string, file: string) =>
  createHash('sha256')
    .update(readFileSync(join(dir, file)))
    .digest('hex');

test('a second build of the same data is byte-identical', () => {
  const again = variant('again');
  const first = builtFiles(distDir);
  const second = builtFiles(again);
  expect(second).toEqual(first);
  const differing = first.filter((file) => digest(distDir, file) !== digest(again, file));
  expect(differing.slice(0, 20)).toEqual([]);
});

test('a build in three shards, merged, is byte-identical to a single build', () => {
  const merged = variant('sharded');
  const single = builtFiles(distDir);
  expect(builtFiles(merged)).toEqual(single);
  const differing = single.filter((file) => digest(distDir, file) !== digest(merged, file));
  expect(differing.slice(0, 20)).toEqual([]);
});
