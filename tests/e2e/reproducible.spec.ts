/**
 * Two builds of the same commit give byte-identical sites: no build clock, random ids or
 * unordered iteration reaches the output. The second build is compared with the one the test
 * run already made.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildInto } from '../support/build-copy.ts';
import { builtFiles, distDir } from '../support/built-site.ts';

const digest = (dir: string, file: string) => createHash('sha256').update(readFileSync(join(dir, file))).digest('hex');

test('a second build of the same data is byte-identical', () => {
  test.setTimeout(15 * 60_000);
  const again = buildInto(process.env['CK57_CONTENT'] ?? 'content', 'again');
  const first = builtFiles(distDir);
  const second = builtFiles(again);
  expect(second).toEqual(first);
  const differing = first.filter((file) => digest(distDir, file) !== digest(again, file));
  expect(differing.slice(0, 20)).toEqual([]);
});
