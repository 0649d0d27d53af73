/** Build a site from a content folder into a fresh temporary folder, for tests that need their own build. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Astro keeps its prerendering chunks in the project's .astro/ folder whatever the output folder,
 * so two builds at once (two test workers) delete each other's chunks. One at a time, then: a
 * folder made atomically is the lock, holding the holder's process id; a lock whose holder is gone
 * (a run killed mid-build) is removed by the next one that finds it.
 */
const LOCK = join(process.cwd(), '.astro', 'test-build.lock');
const HOLDER = join(LOCK, 'pid');

function holderIsGone(): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(HOLDER, 'utf8'));
  } catch {
    return false; // Just taken, its id not yet written; or just released.
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function withBuildLock<T>(run: () => T): T {
  mkdirSync(join(process.cwd(), '.astro'), { recursive: true });
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(HOLDER, String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (holderIsGone()) rmSync(LOCK, { recursive: true, force: true });
      else Atomics.wait(pause, 0, 0, 250);
    }
  }
  try {
    return run();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export function buildInto(contentDir: string, label: string, env: Record<string, string> = {}): string {
  const dist = join(mkdtempSync(join(tmpdir(), `ck57-${label}-`)), 'dist');
  // A copy made for one test is not the data of the suite's recorded release: never check it against it.
  const { CK57_RELEASES: _suiteReleases, ...inherited } = process.env;
  const run = withBuildLock(() =>
    spawnSync(process.execPath, ['src/cli/build.ts'], {
      env: { ...inherited, CK57_CONTENT: contentDir, CK57_DIST: dist, CK57_LOG: 'quiet', ...env },
      encoding: 'utf8',
    }),
  );
  if (run.status !== 0) throw new Error(`build of ${contentDir} failed:\n${run.stdout}${run.stderr}`);
  return dist;
}
