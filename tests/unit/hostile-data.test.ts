/**
 * The hostile-data fixture (tests/fixtures/hostile/): `accepted/` is unusual but lawful text —
 * spreadsheet formulas, line breaks, calendar syntax, markup, 5,000-letter words — and `refused/`
 * adds one record of each kind the data check must refuse. The refusals are checked message by
 * message; the accepted half is built, and every CSV, calendar, feed and page it publishes is read
 * back with a real parser (csv-parse, node-ical, saxes, Chromium).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../src/cli/chromium.ts';
import { serve } from '../../src/cli/serve.ts';
import { readContent } from '../../src/data/read-content.ts';
import { filesUnder } from '../../src/data/site-files.ts';
import { formatProblem } from '../../src/domain/validate/problem.ts';
import { useTranslations } from '../../src/i18n/i18n.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { validateContent } from '../../src/domain/validate/validate-content.ts';
import { strictXmlTexts } from '../support/strict-xml.ts';

const ACCEPTED = 'tests/fixtures/hostile/accepted';
const REFUSED = 'tests/fixtures/hostile/refused';
const work = mkdtempSync(join(tmpdir(), 'ck57-hostile-'));
const dist = join(work, 'dist');
const noReleases = join(work, 'releases');

const json = (path: string) => JSON.parse(readFileSync(join(ACCEPTED, path), 'utf8'));
const FORMULA_TITLE = json('tasks/formula-task.json').title;
const LONG_TITLE: string = json('tasks/long-word-task.json').title.vi;

/** The accepted content with the refused records laid over it, in a folder of its own. */
function hostileContent(): string {
  const dir = join(work, 'content-refused');
  cpSync(ACCEPTED, dir, { recursive: true });
  cpSync(REFUSED, dir, { recursive: true });
  return dir;
}

function build(content: string, out: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, ['src/cli/build.ts'], {
    env: { ...process.env, CK57_CONTENT: content, CK57_RELEASES: noReleases, CK57_DIST: out, CK57_LOG: 'quiet' },
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const published = (ext: string) => filesUnder(dist).filter((f) => f.endsWith(ext));
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

beforeAll(() => {
  mkdirSync(noReleases, { recursive: true });
  const result = build(ACCEPTED, dist);
  if (result.status !== 0) throw new Error(`the accepted hostile data should build:\n${result.output}`);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the data check on hostile data', () => {
  it('accepts unusual but lawful text', () => {
    expect(validateContent(readContent(process.cwd(), ACCEPTED)).problems.map(formatProblem)).toEqual([]);
  });

  it('refuses each hostile record, saying where, what was expected and what was found', () => {
    const dir = hostileContent();
    const found = validateContent(readContent(process.cwd(), dir)).problems.map((p) => formatProblem(p).replace(`${dir}/`, ''));
    expect(found).toEqual([
      'agencies/hanoi.json › parent: expected a parent that is not below this body (bodies form a tree, without loops); found "hue", which leads back to it: hanoi → hue → hanoi',
      'agencies/hue.json › parent: expected a parent that is not below this body (bodies form a tree, without loops); found "hanoi", which leads back to it: hue → hanoi → hue',
      'agencies/invisible-name.json › name.vi: expected text with visible characters, not only spaces or invisible ones; found "\\u200B\\u200B"',
      'agencies/reversed-name.json › name.vi: expected text without control characters or bidirectional overrides; found "Bộ \\u202Egnp.exe"',
      'dataset.json › feedback.email: expected an e-mail address such as name@example.org; found "gopy at example.org"',
      'indicators/huge-number.json › targets[0].value: expected a finite number, such as 12.5; found a number too large to store (it reads as infinity)',
      'indicators/negative-share.json › observations[0].value: expected a percentage from 0 to 100 (the unit is "percent"); found -250',
      'indicators/negative-share.json › targets[0].valueMax: expected an upper bound on or above the value 80; found 50',
      'indicators/qualitative-number.json › targets[0].value: expected no number (the indicator is qualitative: its text says what is reported); found 3',
      'sources/control-title.json › title.en: expected text without control characters or bidirectional overrides; found "Meeting \\u0001\\uFFFE"',
      'sources/control-title.json › title.vi: expected text without control characters or bidirectional overrides; found "Phiên họp\\rEND:VEVENT\\rBEGIN:VEVENT\\rUID:evil"',
      'sources/decision-y2.json › number: expected a document no other source registers (source "decision-y" has this number); found "01 / qđ-ttg"',
      'sources/decision-y3.json › url: expected a document no other source registers (source "decision-y" has this address); found "HTTPS://Example.org/decision-y/#p1"',
      'tasks/bad-corrections.json › history[2].replacement.date: expected a date on or after the assignment date 2026-01-05; found "2025-12-01"',
      'tasks/bad-corrections.json › history[3].replacement.deadline: expected a date on or after the assignment date 2026-01-05; found "1999-12-31"',
      'tasks/bad-corrections.json › history[3].replacement.lead: expected only values a deadline event has (date, deadline); found "ministry-b"',
      'tasks/bad-corrections.json › history[4].replacement: expected at least one corrected value of the status event (date, happened, status, reporter, progress, note); found {}',
      'tasks/deadline-before-decision.json › history[0].deadline: expected a date on or after 2026-02-15, the date of "decision-y" that decided it; found "2026-02-01"',
      'tasks/self-transfer.json › history[0].lead: expected another body than the one already leading the task; found "ministry-a", which leads it already',
      'tasks/short-date.json › assigned: expected a date written as YYYY-MM-DD; found "2026-2-3"',
    ]);
  });

  it('makes the build publish nothing', () => {
    const refusedDist = join(work, 'refused-dist');
    const result = build(hostileContent(), refusedDist);
    expect(result.status).toBe(1);
    expect(result.output).toContain('has 20 problems; nothing was published');
    expect(result.output).toContain('hanoi.json › parent: expected a parent that is not below this body');
    expect(existsSync(refusedDist)).toBe(false);
  }, 120_000);
});

describe('CSV of hostile data', () => {
  it('parses back into whole records, with formulas made inert', () => {
    const files = published('.csv');
    expect(files).toContain('data/tasks.csv');
    for (const file of files) {
      const rows: string[][] = parseCsv(read(file), { bom: true, relax_column_count: true });
      const width = rows[0]!.length;
      expect(
        rows.filter((r) => r.length !== width),
        file,
      ).toEqual([]);
      expect(
        rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell)),
        file,
      ).toEqual([]);
    }
    const tasks = parseCsv(read('data/tasks.csv'), { bom: true, columns: true }) as Record<string, string>[];
    const formula = tasks.find((t) => t['id'] === 'formula-task')!;
    expect(formula['title_vi']).toBe(`'${FORMULA_TITLE.vi}`);
    expect(formula['title_en']).toBe(`'${FORMULA_TITLE.en}`);
    expect(tasks.find((t) => t['id'] === 'long-word-task')!['title_vi']).toBe(LONG_TITLE);

    const history = parseCsv(read('data/history.csv'), { bom: true, columns: true }) as Record<string, string>[];
    expect(history.map((h) => `${h['task']}/${h['event']}`)).toEqual([
      'formula-task/started',
      'formula-task/moved',
      'long-word-task/started',
    ]);
    expect(history[0]!['text_vi']).toBe('Dòng một\nDòng hai, có dấu phẩy; chấm phẩy \\ gạch chéo');
    expect(history[0]!['text_en']).toBe("'@SUM(1,2)");
    expect(history[1]!['text_vi']).toBe("'-Lùi hạn\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil");
  });
});

describe('calendars of hostile data', () => {
  it('hold exactly the deadlines published, in lines of at most 75 octets', () => {
    const files = published('.ics');
    expect(files).toContain('vi/feeds/deadlines.ics');
    for (const file of files) {
      const text = read(file);
      expect(text, file).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
      for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8'), file).toBeLessThanOrEqual(75);
      expect(text.match(/^BEGIN:VEVENT$/gm)?.length ?? 0, file).toBe(text.match(/^END:VEVENT$/gm)?.length ?? 0);
    }
    const events = Object.values(ical.sync.parseICS(read('vi/feeds/deadlines.ics'))).filter((c): c is VEvent => c?.type === 'VEVENT');
    expect(events.map((e) => e.uid)).toEqual(['formula-task-deadline@congkhai57.portal', 'long-word-task-deadline@congkhai57.portal']);
    expect(events[0]!.summary).toBe(`Thời hạn: ${FORMULA_TITLE.vi}`);
    expect(events[1]!.summary).toBe(`Thời hạn: ${LONG_TITLE}`);
  });
});

describe('feeds of hostile data', () => {
  it('are well-formed XML, and give the text back as written', () => {
    const files = published('.atom');
    expect(files.length).toBeGreaterThan(7);
    for (const file of files) expect(() => strictXmlTexts(read(file)), file).not.toThrow();
    const feed = strictXmlTexts(read('vi/feeds/tasks/formula-task.atom'));
    expect(feed.get('title')![0]).toBe(FORMULA_TITLE.vi);
    expect(feed.get('summary')).toContain('-Lùi hạn\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil');
  });
});

describe('pages of hostile data, in Chromium on a 360 px screen', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await serve(dist, 0);
    browser = await chromium.launch(chromiumLaunchOptions());
    page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });
  const url = (path: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/${path}`;

  it('show markup as text, never as elements', async () => {
    await page.goto(url('vi/tasks/formula-task/'));
    const description = json('tasks/formula-task.json').description.vi;
    expect(await page.locator('main').innerText()).toContain(description);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(description);
    expect(await page.locator('img[src="x"], script:not([src]), b').count()).toBe(0);
  });

  it('state on the Data page, in every language, how formula cells are neutralised', async () => {
    for (const { code } of LOCALES) {
      await page.goto(url(`${code}/data/`));
      expect(await page.locator('main').innerText()).toContain(useTranslations(code)('data.csvFormulas'));
    }
  });

  it('are never wider than the screen, however long a word', async () => {
    const tooWide: string[] = [];
    for (const file of published('index.html')) {
      await page.goto(url(file.replace(/index\.html$/, '')));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) tooWide.push(`${file}: ${width} px`);
    }
    expect(tooWide).toEqual([]);
  }, 180_000);
});
