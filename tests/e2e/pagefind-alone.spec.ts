/**
 * What Pagefind does on its own with Vietnamese typed without tone marks: it folds tone marks
 * (and ranks the exact spelling first), but đ is a letter of its own to it, not d with a mark:
 * "dang" alone finds no page saying "Đảng". A query word no page holds is left out of the query,
 * so "dang uy" still finds "Đảng ủy" through "uy" alone. So the portal's index gives each word
 * holding đ a form with d (src/domain/search/document.ts). One page per phrase, indexed by
 * Pagefind's Node API exactly as written, with none of the portal's additions, searched in the
 * browser with Pagefind's own API. The portal's search is tested in search.spec.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import * as pagefind from 'pagefind';
import { serve } from '../../src/cli/serve.ts';

const PHRASES: [string, string][] = [
  ['nghi quyet', 'Nghị quyết'],
  ['bo khoa hoc va cong nghe', 'Bộ Khoa học và Công nghệ'],
  ['chuyen doi so', 'chuyển đổi số'],
  ['doi moi', 'đổi mới'],
  ['dang uy', 'Đảng ủy'],
  ['du lieu', 'dữ liệu'],
];
const PORT = 4197;
const folder = mkdtempSync(join(tmpdir(), 'ck57-pagefind-alone-'));
let server: Awaited<ReturnType<typeof serve>>;

// One index and one server on a fixed port, shared by the tests.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
  for (const [i, [, accented]] of PHRASES.entries()) {
    await index!.addHTMLFile({
      url: `/p${i}/`,
      content: `<html lang="vi"><body><main data-pagefind-body><h1>Trang ${i}</h1><p>${accented}</p></main></body></html>`,
    });
  }
  await index!.writeFiles({ outputPath: join(folder, 'pagefind') });
  await pagefind.close();
  writeFileSync(join(folder, 'index.html'), '<!DOCTYPE html><html lang="vi"><head><title>probe</title></head><body></body></html>');
  server = await serve(folder, PORT);
});

test.afterAll(() => {
  server.close();
  rmSync(folder, { recursive: true, force: true });
});

test('Pagefind 1.6 alone finds each of these phrases typed without tone marks', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${PORT}/`);
  const found = await page.evaluate(async (queries) => {
    const pf = await import(`${location.origin}/pagefind/pagefind.js`);
    await pf.init();
    const urls = async (q: string) => {
      const { results } = await pf.search(q);
      return Promise.all(results.map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url));
    };
    return Promise.all(queries.map(async ([plain, accented]) => ({ plain, withMarks: await urls(accented), without: await urls(plain) })));
  }, PHRASES);
  for (const [i, result] of found.entries()) expect(result.withMarks, result.plain).toContain(`/p${i}/`);
  expect(found.filter((r, i) => !r.without.includes(`/p${i}/`)).map((r) => r.plain)).toEqual([]);
});

test('to Pagefind alone đ is not d: "dang" and "doi" find none of the pages saying "Đảng" and "đổi"', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${PORT}/`);
  const found = await page.evaluate(async () => {
    const pf = await import(`${location.origin}/pagefind/pagefind.js`);
    await pf.init();
    const count = async (q: string) => (await pf.search(q)).results.length;
    return { dang: await count('dang'), đảng: await count('đảng'), doi: await count('doi'), đổi: await count('đổi') };
  });
  // By hand: "Đảng ủy" is on one page; "đổi" on two ("chuyển đổi số", "đổi mới").
  expect(found).toEqual({ dang: 0, đảng: 1, doi: 0, đổi: 2 });
});
