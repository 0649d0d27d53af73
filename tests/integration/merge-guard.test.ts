/**
 * `npm run build:merge` runs the same checks as every build (src/integrations/data-check.ts): data
 * that rewrites a published value is refused before a shard is looked at, and the site is left as it was.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT, FIXTURE_RELEASES } from '../support/fixture.ts';

const work = mkdtempSync(join(tmpdir(), 'ck57-merge-guard-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run build:merge', () => {
  it('refuses data that rewrites a published deadline, naming the file, the field and both values', () => {
    const content = join(work, 'content');
    cpSync(FIXTURE_CONTENT, content, { recursive: true });
    const file = join(content, 'tasks', 'x-2025-06-19-11-phase-1.json');
    const task = JSON.parse(readFileSync(file, 'utf8'));
    task.deadline = '2026-12-31';
    writeFileSync(file, JSON.stringify(task));
    const dist = join(work, 'dist');
    const run = spawnSync(process.execPath, ['src/cli/build-merge.ts'], {
      env: { ...process.env, CK57_CONTENT: content, CK57_RELEASES: FIXTURE_RELEASES, CK57_DIST: dist },
      encoding: 'utf8',
    });
    const output = `${run.stdout}${run.stderr}`;
    expect(run.status).toBe(1);
    expect(output).toContain(
      'x-2025-06-19-11-phase-1.json › deadline: published "2025-06-30" in the release of 2026-03-13; found "2026-12-31"',
    );
    expect(output).toContain(`Merge refused; ${dist} was left as it was.`);
    expect(existsSync(dist)).toBe(false);
  }, 60_000);
});
