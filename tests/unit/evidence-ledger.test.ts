/**
 * The evidence ledger (content/evidence-checks.json): when each evidence link was last checked and
 * where an archived copy is. Checked against the frozen fixture, whose indicator rnd-spending-share-gdp
 * cites https://vietnamnet.vn/en/vn-needs-to-improve-r-d-for-economic-growth-2262330.html for its
 * 2023 figure; the fixture's data date is 2026-03-13. The real ledger is empty: no check date is known.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { checkEvidenceLedger, evidenceUrls } from '../../src/domain/validate/evidence-checks.ts';
import { formatProblem } from '../../src/domain/validate/problem.ts';
import { FIXTURE_CONTENT, FIXTURE_RELEASES } from '../support/fixture.ts';

const data = loadDataset(process.cwd(), FIXTURE_CONTENT);
const CITED = 'https://vietnamnet.vn/en/vn-needs-to-improve-r-d-for-economic-growth-2262330.html';
const ARCHIVED = `https://web.archive.org/web/20260301000000/${CITED}`;
const FILE = 'content/evidence-checks.json';
const check = (value: unknown) => checkEvidenceLedger({ path: FILE, text: JSON.stringify(value) }, data);

describe('the evidence ledger', () => {
  it('collects the addresses the records cite as evidence', () => {
    const urls = evidenceUrls(data);
    expect(urls.has(CITED)).toBe(true);
    expect(urls.has('https://statisticsoftheworld.com/country/VNM/GB.XPD.RSDV.GD.ZS')).toBe(true);
    // An address no record cites is not collected.
    expect(urls.has('https://example.org/never-cited')).toBe(false);
  });

  it('accepts a check date and an archived copy for a cited link, and no file at all', () => {
    expect(check({ [CITED]: { checked: '2026-03-01', archived: ARCHIVED } })).toEqual({
      ledger: { [CITED]: { checked: '2026-03-01', archived: ARCHIVED } },
      problems: [],
    });
    expect(checkEvidenceLedger(null, data)).toEqual({ ledger: {}, problems: [] });
  });

  it('names the file, the entry and the field of each mistake', () => {
    const { problems, ledger } = check({
      'https://example.org/never-cited': { checked: '2026-03-01' },
      [CITED]: { checked: '2026-03-14', archived: CITED },
    });
    expect(ledger).toEqual({});
    expect(problems.map(formatProblem)).toEqual([
      `${FILE} › "https://example.org/never-cited": expected the address of an evidence link some record cites; found an address no record cites`,
      `${FILE} › "${CITED}".checked: expected a date on or before the data date, 2026-03-13; found "2026-03-14"`,
      `${FILE} › "${CITED}".archived: expected the address of an archived copy, not the link itself; found "${CITED}"`,
    ]);
  });

  it('refuses a misspelt field and a date that is not one, as the other data files do', () => {
    const lines = check({ [CITED]: { checkd: '2026-03-01' } }).problems.map(formatProblem);
    expect(lines.some((l) => l.includes(CITED) && l.includes('checkd'))).toBe(true);
    expect(checkEvidenceLedger({ path: FILE, text: '{ "x": ' }, data).problems.map(formatProblem)[0]).toContain(
      `${FILE}: expected well-formed JSON`,
    );
  });

  it('the real ledger, if any, is valid', () => {
    const real = loadDataset(process.cwd(), 'content');
    const path = join('content', 'evidence-checks.json');
    const file = existsSync(path) ? { path, text: readFileSync(path, 'utf8') } : null;
    expect(checkEvidenceLedger(file, real).problems).toEqual([]);
  });
});

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
