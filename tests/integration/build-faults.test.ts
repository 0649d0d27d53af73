/**
 * The build under faults: a second build in the same folder waits for the first, a killed build
 * leaves the previous site and its leftovers are cleaned, a locked dist/ gives one line and an exit
 * code that says what happened, and a long list of problems survives a slow pipe.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../src/cli/build-lock.ts';

const work = mkdtempSync(join(tmpdir(), 'ck57-faults-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
const env = { ...process.env, CK57_CONTENT: content, CK57_DIST: dist, CK57_LOG: 'quiet' };
const lock = join(process.cwd(), LOCK_FILE);

function build(): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, ['src/cli/build.ts'], { env, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}
const siblings = () =>
  readdirSync(work)
    .filter((name) => name.startsWith('dist'))
    .sort();
const canLock = spawnSync('chattr', ['--help']).error === undefined && process.getuid?.() === 0;

beforeAll(() => {
  cpSync('tests/fixtures/minimal', content, { recursive: true });
  const first = build();
  if (first.status !== 0) throw new Error(`the valid fixture should build:\n${first.output}`);
}, 180_000);

afterAll(() => {
  spawnSync('chattr', ['-R', '-i', work]);
  rmSync(work, { recursive: true, force: true });
});

describe('the build under faults', () => {
  it('waits, saying so in one line, while another build holds the folder, then builds', async () => {
    // A live process holds the lock, as a running build would.
    const holder = spawn('sleep', ['60']);
    for (let held = false; !held;) {
      try {
        writeFileSync(lock, `${holder.pid}\n`, { flag: 'wx' });
        held = true;
      } catch {
        await new Promise((r) => setTimeout(r, 200)); // another test's build has it: wait our turn
      }
    }
    const second = spawn(process.execPath, ['src/cli/build.ts'], { env });
    let output = '';
    second.stdout.on('data', (c) => (output += c));
    second.stderr.on('data', (c) => (output += c));
    while (!output.includes('waiting for it to finish')) await new Promise((r) => setTimeout(r, 100));
    holder.kill();
    const status = await new Promise<number | null>((r) => second.on('close', r));
    expect(output).toContain(`Another build (process ${holder.pid}) is running in this folder; waiting for it to finish…`);
    expect(output).not.toContain('ENOENT');
    expect(status).toBe(0);
  }, 180_000);

  it('cleans what a build killed midway left, putting back a site it had moved aside', () => {
    mkdirSync(join(work, 'dist.staging', 'en'), { recursive: true });
    renameSync(dist, join(work, 'dist.previous-99999'));
    const result = build();
    expect(result.output).toContain(`Put back the previous site ${dist}, left aside by a build that was stopped midway.`);
    expect(result.status).toBe(0);
    expect(siblings()).toEqual(['dist', 'dist.cache']);
  }, 180_000);

  it('keeps the previous dist/ when killed with SIGKILL, and the next build cleans up', async () => {
    const before = readdirSync(dist, { recursive: true }).sort();
    const run = spawn(process.execPath, ['src/cli/build.ts'], { env, stdio: 'ignore' });
    while (!existsSync(join(work, 'dist.staging'))) await new Promise((r) => setTimeout(r, 50));
    run.kill('SIGKILL');
    await new Promise((r) => run.on('close', r));
    expect(readdirSync(dist, { recursive: true }).sort()).toEqual(before);
    expect(build().status).toBe(0);
    expect(siblings()).toEqual(['dist', 'dist.cache']);
  }, 180_000);

  it.skipIf(!canLock)(
    'stops with one line and exit 1 when dist/ cannot be replaced, leaving it as it was',
    () => {
      spawnSync('chattr', ['+i', dist]);
      const result = build();
      spawnSync('chattr', ['-i', dist]);
      expect(result.status).toBe(1);
      expect(result.output).toContain(
        `Could not replace ${dist} (EPERM: is it locked or read-only?); the previous site was left as it was and nothing was published.`,
      );
      expect(result.output).not.toMatch(/\n\s+at /);
      expect(siblings()).toEqual(['dist', 'dist.cache']);
    },
    180_000,
  );

  it.skipIf(!canLock)(
    'exits 0 with a warning when the new site is in but the old copy cannot be deleted',
    () => {
      spawnSync('chattr', ['+i', join(dist, 'en')]);
      const result = build();
      spawnSync('chattr', ['-R', '-i', work]);
      expect(result.status).toBe(0);
      expect(result.output).toMatch(
        /The previous site, moved to .*dist\.previous-\d+, could not be removed \(EPERM\); the next build tries again\./,
      );
      expect(result.output).not.toMatch(/\n\s+at /);
      expect(build().status).toBe(0);
      expect(siblings()).toEqual(['dist', 'dist.cache']);
    },
    180_000,
  );
});

describe('every problem listed at once', () => {
  it('reaches a slow reader in full through a pipe', () => {
    const bad = join(work, 'bad');
    cpSync('tests/fixtures/minimal', bad, { recursive: true });
    for (let i = 0; i < 900; i++) writeFileSync(join(bad, 'tasks', `t-${i}.json`), '{"id": 1}');
    const lines = (command: string) =>
      spawnSync('sh', ['-c', command], { env: { ...process.env, CK57_CONTENT: bad }, encoding: 'utf8' }).stdout.trim();
    const all = Number(lines(`${process.execPath} src/cli/check-data.ts 2>&1 | wc -l`));
    expect(all).toBeGreaterThan(900);
    // The reader starts late, so the writer meets a full pipe: what it queued must still arrive.
    for (let run = 0; run < 3; run++)
      expect(Number(lines(`${process.execPath} src/cli/check-data.ts 2>&1 | (sleep 0.5; wc -l)`))).toBe(all);
  }, 60_000);
});
