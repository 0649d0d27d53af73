/**
 * One build at a time in a project folder: a second `npm run build` started meanwhile says so in
 * one line and waits, instead of both dying on each other's half-deleted files. The lock file holds
 * the builder's process id; a lock whose process is gone (kill -9) is stale and taken over.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = '.build.lock';

function running(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Take the lock, waiting while another live build holds it; it is let go when this process exits. */
export function acquireBuildLock(root: string): void {
  const path = join(root, LOCK_FILE);
  let told = false;
  for (;;) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder: number;
    try {
      holder = Number(readFileSync(path, 'utf8').trim());
    } catch {
      continue; // let go between our two calls: try again
    }
    if (!running(holder)) {
      rmSync(path, { force: true });
      continue;
    }
    if (!told) console.log(`Another build (process ${holder}) is running in this folder; waiting for it to finish…`);
    told = true;
    pause(500);
  }
  process.on('exit', () => {
    try {
      if (readFileSync(path, 'utf8').trim() === String(process.pid)) rmSync(path, { force: true });
    } catch {
      // already gone
    }
  });
}
