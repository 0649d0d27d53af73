/** Build a site from a content folder into a fresh temporary folder, for tests that need their own build. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function buildInto(contentDir: string, label: string): string {
  const dist = join(mkdtempSync(join(tmpdir(), `ck57-${label}-`)), 'dist');
  const run = spawnSync(process.execPath, ['src/cli/build.ts'], {
    env: { ...process.env, CK57_CONTENT: contentDir, CK57_DIST: dist, CK57_LOG: 'quiet' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`build of ${contentDir} failed:\n${run.stdout}${run.stderr}`);
  return dist;
}
