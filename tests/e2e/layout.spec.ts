/**
 * Every page type, in every locale, fits a 360 px phone without sideways scrolling of the page;
 * and at 1,280 px the Responsibility page shows each body's on-time figure without scrolling the
 * table (it used to be cut off in en, fr, ru, uk and id).
 */
import { expect, test } from '@playwright/test';
import { LOCALES } from '../../src/i18n/locales.ts';

/** One page of each type on the frozen fixture, as a path after /<locale>/. */
const PAGE_TYPES = [
  '',
  'progress/',
  'responsibility/',
  'results/',
  'changes/',
  'sources/',
  'sources/meeting-2025-10-15/',
  'data/',
  'search/',
  'methodology/',
  'tasks/x-2025-08-08-12-electronic-dossiers/',
  'bodies/ministries-sectors-localities/',
  'indicators/digital-economy-share-gdp/',
];

for (const { code } of LOCALES) {
  test(`every page type fits 360 px in ${code}`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    const tooWide: string[] = [];
    for (const path of [...PAGE_TYPES.map((p) => `/${code}/${p}`), ...(code === 'vi' ? ['/404.html'] : [])]) {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) tooWide.push(`${path}: ${width} px`);
    }
    expect(tooWide).toEqual([]);
  });
}

test('the Progress table is one card per task at 360 px, each showing status, body and deadline', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/en/progress/');
  const first = page.locator('table.task-table tbody tr').first();
  const box = await first.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(360);
  for (const label of ['Lead body', 'Deadline', 'Status']) {
    const cell = first.locator(`td[data-label="${label}"]`);
    await expect(cell).toBeVisible();
    const { x, width } = (await cell.boundingBox())!;
    expect(x >= 0 && x + width <= 360, label).toBe(true);
  }
});

for (const code of ['en', 'fr', 'ru', 'uk', 'id'] as const) {
  test(`the on-time figure of every body is in view at 1,280 px in ${code}`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/${code}/responsibility/`);
    const wrap = await page.locator('.table-wrap').first().boundingBox();
    const cell = await page.locator('table.body-table tbody tr').first().locator('[data-col="rate"]').boundingBox();
    expect(cell!.x + cell!.width).toBeLessThanOrEqual(wrap!.x + wrap!.width);
  });
}
