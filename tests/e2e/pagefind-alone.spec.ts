/**
 * What Pagefind does on its own with Vietnamese typed without tone marks. It finds each word (đ as
 * d included), but not the same records in the same order as the accented query: on the bundled
 * data "dang uy" also brings up "Điện Biên" and ranks differently. So the portal folds the query
 * and adds folded word forms to the index (src/domain/search/index-content.ts), and both spellings
 * give identical results (search.spec.ts). One page per
 * phrase, indexed by Pagefind's Node API exactly as written, with none of the portal's additions,
 * searched in the browser with Pagefind's own API. The portal's search is tested in search.spec.ts.
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

test.beforeAll(async () => {
  const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
  for (const [i, [, accented]] of PHRASES.entries()) {
    await index!.addHTMLFile({ url: `/p${i}/`, content: `<html lang="vi"><body><main data-pagefind-body><h1>Trang ${i}</h1><p>${accented}</p></main></body></html>` });
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

test('Pagefind 1.6 alone finds each of these words typed without tone marks, đ as d included', async ({ page }) => {
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
