/**
 * The benchmark's synthetic data: the same seed gives the same files, a different seed different
 * ones, and the output passes the same data check as the real data, with every kind of history
 * event the benchmark is meant to exercise.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../seeds/generate.ts';
import { readContent } from '../../src/data/read-content.ts';
import { formatProblem } from '../../src/domain/validate/problem.ts';
import { validateContent } from '../../src/domain/validate/validate-content.ts';

const scratch = mkdtempSync(join(tmpdir(), 'ck57-generator-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every file of a generated folder, by relative path. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) files.set(join(e.parentPath, e.name).slice(dir.length), readFileSync(join(e.parentPath, e.name), 'utf8'));
  }
  return files;
}

describe('the synthetic-data generator', () => {
  const first = join(scratch, 'a');
  const second = join(scratch, 'b');
  const other = join(scratch, 'c');
  generate(600, 7, first);
  generate(600, 7, second);
  generate(600, 8, other);

  it('gives the same files for the same seed', () => {
    expect(snapshot(second)).toEqual(snapshot(first));
  });

  it('gives different data for another seed', () => {
    expect(snapshot(other).get('/tasks/task-000001.json')).not.toEqual(snapshot(first).get('/tasks/task-000001.json'));
  });

  it('writes the number of tasks asked for, with bodies at every level', () => {
    const files = snapshot(first);
    expect([...files.keys()].filter((f) => f.startsWith('/tasks/'))).toHaveLength(600);
    const kinds = new Set([...files].filter(([f]) => f.startsWith('/agencies/')).map(([, text]) => JSON.parse(text).kind));
    expect([...kinds].sort()).toEqual([
      'city',
      'commune',
      'government',
      'ministry',
      'ministry-level-agency',
      'province',
      'steering-committee',
    ]);
  });

  it('passes the data check the real data passes', () => {
    const { problems } = validateContent(readContent(process.cwd(), first));
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('exercises every kind of history event', () => {
    const types = new Set<string>();
    for (const [path, text] of snapshot(first)) if (path.startsWith('/tasks/')) for (const e of JSON.parse(text).history) types.add(e.type);
    expect([...types].sort()).toEqual(['correction', 'deadline', 'status', 'transfer']);
  });
});
