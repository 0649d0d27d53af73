/**
 * The evidence ledger (content/evidence-checks.json): when each evidence link was last checked and
 * where an archived copy is. Checked against the frozen fixture, whose indicator rnd-spending-share-gdp
 * cites https://vietnamnet.vn/en/vn-needs-to-improve-r-d-for-economic-growth-2262330.html for its
 * 2023 figure; the fixture's data date is 2026-03-13. The real ledger is empty: no check date is known.
 * What a build makes of a ledger is in tests/integration/evidence-ledger-build.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { checkEvidenceLedger, evidenceUrls } from '../../src/domain/validate/evidence-checks.ts';
import { formatProblem } from '../../src/domain/validate/problem.ts';
import { FIXTURE_CONTENT } from '../support/fixture.ts';

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
