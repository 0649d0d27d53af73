/**
 * `astro dev` shows an edit of the JSON on the next reload, lists the problems of bad data instead
 * of a page, and says on the search page that search needs a build. It runs its own development
 * server on a copy of the frozen fixture's content, so it needs no built site. The copy has no
 * recorded releases (CK57_RELEASES unset), so its release pages are left out and nothing guards
 * the published values an edit changes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FIXTURE_CONTENT } from '../support/fixture.ts';
import { freePort } from '../support/playwright-base.ts';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

const TASK = 's57-2025-05-29-01';
const TITLE = 'Cụ thể hóa phát triển nhân lực khoa học, công nghệ trong dự thảo nghị quyết về đột phá giáo dục và đào tạo';
const EDITED = 'Đưa nhân lực khoa học, công nghệ vào dự thảo nghị quyết về giáo dục (tiêu đề sửa khi chạy thử)';

let work = '';
let server: ChildProcess | undefined;
let base = '';

const taskFile = () => join(work, 'content', 'tasks', `${TASK}.json`);
function editTask(change: (task: Record<string, unknown>) => void): void {
  const task = JSON.parse(readFileSync(taskFile(), 'utf8')) as Record<string, unknown>;
  change(task);
  writeFileSync(taskFile(), `${JSON.stringify(task, null, 2)}\n`);
}

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'ck57-dev-'));
  cpSync(FIXTURE_CONTENT, join(work, 'content'), { recursive: true });
  rmSync(join(work, 'content', 'pages', 'releases'), { recursive: true });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CK57_CONTENT: join(work, 'content'),
    CK57_DIST: join(work, 'dist'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  delete env['CK57_RELEASES'];
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    env,
    stdio: 'ignore',
    detached: true,
  });
  // Ready once it answers a page.
  await expect
    .poll(async () => (await fetch(`${base}/vi/`, { headers: { accept: 'text/html' } }).catch(() => null))?.status ?? 0, {
      timeout: 120_000,
      intervals: [1_000],
    })
    .toBe(200);
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  rmSync(work, { recursive: true, force: true });
});

test('shows a task title edited in its JSON file on the next reload', async ({ page }) => {
  await page.goto(`${base}/vi/tasks/${TASK}/`);
  await expect(page.locator('h1')).toContainText(TITLE);
  editTask((task) => {
    (task['title'] as Record<string, string>)['vi'] = EDITED;
  });
  // The server sees the edit within moments; each reload asks again until it has.
  await expect(async () => {
    await page.reload();
    await expect(page.locator('h1')).toContainText(EDITED, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
});

test('lists the problems of bad data, with file, field, expected and found, then the page again once fixed', async ({ page }) => {
  let deadline: unknown;
  editTask((task) => {
    deadline = task['deadline'];
    task['deadline'] = '30/06/2025';
  });
  await expect(async () => {
    await page.goto(`${base}/vi/tasks/${TASK}/`);
    await expect(page.locator('[data-problems] li').first()).toContainText(
      `${TASK}.json › deadline: expected a date written as YYYY-MM-DD; found "30/06/2025"`,
      { timeout: 1_000 },
    );
  }).toPass({ timeout: 30_000 });
  await expect(page.locator('h1')).toHaveText('The data has problems');
  editTask((task) => {
    task['deadline'] = deadline;
  });
  await expect(async () => {
    await page.reload();
    await expect(page.locator('h1')).toContainText(EDITED, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
});

test('says on the search page, in the reader’s language, that search needs a build', async ({ page }) => {
  await page.goto(`${base}/vi/search/`);
  await expect(page.locator('[data-dev-search]')).toContainText('Đây là máy chủ phát triển (astro dev)');
  await expect(page.locator('[data-dev-search]')).toContainText('npm start');
  await page.goto(`${base}/ru/search/`);
  await expect(page.locator('[data-dev-search]')).toContainText('Это сервер разработки (astro dev)');
  await expect(page.locator('[data-dev-search]')).toContainText('npm start');
});
