/** `npm run verify` end to end: it fails on a tampered copy of the bundled data and passes on the untouched one. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { FIXTURE_CONTENT } from '../support/fixture.ts';
import { buildManifest, manifestText } from '../../src/domain/integrity/manifest.ts';

const work = mkdtempSync(join(tmpdir(), 'ck57-verify-'));
const manifestPath = join(work, 'manifest.json');
writeFileSync(manifestPath, manifestText(buildManifest(loadDataset(process.cwd(), FIXTURE_CONTENT), {}, null)));

function verify(content: string) {
  const run = spawnSync(process.execPath, ['src/cli/verify.ts', manifestPath], { env: { ...process.env, CK57_CONTENT: content }, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('npm run verify', () => {
  it('passes the untouched bundled data', () => {
    const result = verify(FIXTURE_CONTENT);
    expect(result.status).toBe(0);
    expect(result.output).toContain('all 30 published tasks and 6 published events are kept as published');
  });

  it('fails a copy where a published event was edited, naming the task and the event', () => {
    const copy = join(work, 'tampered');
    cpSync(FIXTURE_CONTENT, copy, { recursive: true });
    const file = join(copy, 'tasks', 's57-2025-05-29-08.json');
    const task = JSON.parse(readFileSync(file, 'utf8'));
    task.history[0].date = '2025-06-10';
    writeFileSync(file, JSON.stringify(task));
    const result = verify(copy);
    expect(result.status).toBe(1);
    expect(result.output).toContain('task s57-2025-05-29-08, event 2025-06-14-conclusions-published (position 1) was changed after it was published');
  });
});
