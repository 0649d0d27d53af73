/**
 * What a build makes of the evidence ledger (content/evidence-checks.json): the check date and the
 * archived copy beside the cited link, and a refused build for an entry no record cites. On a copy
 * of the frozen fixture, whose indicator rnd-spending-share-gdp cites the address below.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT, FIXTURE_RELEASES } from '../support/fixture.ts';

const CITED = 'https://vietnamnet.vn/en/vn-needs-to-improve-r-d-for-economic-growth-2262330.html';
const ARCHIVED = `https://web.archive.org/web/20260301000000/${CITED}`;

describe('a build with a ledger', () => {
  const work = mkdtempSync(join(tmpdir(), 'ck57-ledger-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const build = (content: string, dist: string) =>
    spawnSync(process.execPath, ['src/cli/build.ts'], {
      env: { ...process.env, CK57_CONTENT: content, CK57_RELEASES: FIXTURE_RELEASES, CK57_DIST: dist, CK57_LOG: 'quiet' },
      encoding: 'utf8',
    });

  it('shows the check date and the archived copy next to the link, and nothing next to unchecked links', () => {
    const content = join(work, 'content');
    cpSync(FIXTURE_CONTENT, content, { recursive: true });
    writeFileSync(join(content, 'evidence-checks.json'), JSON.stringify({ [CITED]: { checked: '2026-03-01', archived: ARCHIVED } }));
    const run = build(content, join(work, 'dist'));
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
    const page = readFileSync(join(work, 'dist', 'en', 'indicators', 'rnd-spending-share-gdp', 'index.html'), 'utf8');
    const marks = [...page.matchAll(/<span class="muted" data-evidence-check[^>]*>([\s\S]*?)<\/span>/g)].map((m) =>
      m[1]!.replace(/<[^>]+>/g, '').trim(),
    );
    expect(marks).toEqual(['· checked 1 March 2026 · archived copy']);
    expect(page).toContain(`href="${ARCHIVED}"`);
    const vi = readFileSync(join(work, 'dist', 'vi', 'indicators', 'rnd-spending-share-gdp', 'index.html'), 'utf8');
    expect(vi).toContain('đã kiểm tra ngày 1 tháng 3 năm 2026');
  }, 180_000);

  it('refuses a ledger entry for an address no record cites, naming it, and builds nothing', () => {
    const content = join(work, 'content-bad');
    cpSync(FIXTURE_CONTENT, content, { recursive: true });
    writeFileSync(join(content, 'evidence-checks.json'), JSON.stringify({ 'https://example.org/x': { checked: '2026-03-01' } }));
    const run = build(content, join(work, 'dist-bad'));
    expect(run.status).toBe(1);
    expect(`${run.stdout}${run.stderr}`).toContain(
      'evidence-checks.json › "https://example.org/x": expected the address of an evidence link some record cites',
    );
    expect(existsSync(join(work, 'dist-bad'))).toBe(false);
  }, 180_000);
});
