/**
 * The release guard runs inside the Astro integration, so building with Astro directly (`npx astro
 * build`), not through `npm run build`, is refused just the same when the data rewrites a published
 * value — before a page is written or a manifest signed; and `npm run build:merge` runs the same checks.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyWithRewrittenDeadline, FIXTURE_CONTENT, FIXTURE_RELEASES } from '../support/fixture.ts';

const work = mkdtempSync(join(tmpdir(), 'ck57-astro-guard-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function astroBuild(content: string, out: string) {
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...process.env, CK57_CONTENT: content, CK57_RELEASES: FIXTURE_RELEASES, CK57_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const REWRITE_LINE = 'x-2025-06-19-11-phase-1.json › deadline: published "2025-06-30" in the release of 2026-03-13; found "2026-12-31"';

/** Run one of the build commands on a copy of the fixture with its published deadline rewritten. */
function runOnRewritten(script: string, name: string) {
  const content = copyWithRewrittenDeadline(join(work, `content-${name}`));
  const dist = join(work, `dist-${name}`);
  const run = spawnSync(process.execPath, [script], {
    env: { ...process.env, CK57_CONTENT: content, CK57_RELEASES: FIXTURE_RELEASES, CK57_DIST: dist, CK57_LOG: 'quiet' },
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}`, dist };
}

describe('npx astro build', () => {
  it('refuses data that rewrites a published deadline, naming the file, the field and both values, and writes no page', () => {
    const content = copyWithRewrittenDeadline(join(work, 'content'));
    const out = join(work, 'out');
    const result = astroBuild(content, out);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      `The data rewrites what ${FIXTURE_RELEASES}/2026-03-13/manifest.json published; nothing was published:`,
    );
    expect(result.output).toContain(
      'x-2025-06-19-11-phase-1.json › deadline: published "2025-06-30" in the release of 2026-03-13; found "2026-12-31"',
    );
    expect(existsSync(join(out, 'vi', 'index.html'))).toBe(false);
    expect(existsSync(join(out, 'release', 'manifest.json'))).toBe(false);
  }, 120_000);

  it('npm run build refuses it the same way, in lines an editor reads, without a stack trace', () => {
    const { status, output, dist } = runOnRewritten('src/cli/build.ts', 'npm');
    expect(status).toBe(1);
    expect(output).toContain(REWRITE_LINE);
    expect(output).toContain(`Build failed; ${dist} was left as it was.`);
    expect(output).not.toMatch(/\n\s+at /);
    expect(existsSync(dist)).toBe(false);
  }, 120_000);

  it('npm run build:merge refuses it too, before it looks for a shard, and leaves the site as it was', () => {
    const { status, output, dist } = runOnRewritten('src/cli/build-merge.ts', 'merge');
    expect(status).toBe(1);
    expect(output).toContain(REWRITE_LINE);
    expect(output).toContain(`Merge refused; ${dist} was left as it was.`);
    expect(existsSync(dist)).toBe(false);
  }, 120_000);

  it('refuses data with a problem, listing it, without npm run build checking it first', () => {
    const content = join(work, 'content-bad');
    cpSync(FIXTURE_CONTENT, content, { recursive: true });
    const file = join(content, 'tasks', 'x-2025-06-19-11-phase-1.json');
    const task = JSON.parse(readFileSync(file, 'utf8'));
    task.history[0].progress = 150;
    writeFileSync(file, JSON.stringify(task));
    const result = astroBuild(content, join(work, 'out-bad'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('x-2025-06-19-11-phase-1.json › history[0].progress: expected a number from 0 to 100; found 150');
  }, 120_000);
});
