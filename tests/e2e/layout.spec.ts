/**
 * Every page type (one page of each kind the build made), in every locale, fits a 360 px phone without sideways scrolling of the page;
 * and at 1,280 px the Responsibility page shows each body's on-time figure without scrolling the
 * table (it used to be cut off in en, fr, ru, uk and id).
 */
import { expect, test } from '@playwright/test';
import { LOCALES } from '../../src/i18n/locales.ts';
import { pageTypeSamples } from '../support/built-site.ts';

// One page of every kind the route table declares and the build made (src/domain/routes.ts), so a
// new kind of page is held to 360 px without being listed here.
const samples = pageTypeSamples();

for (const { code } of LOCALES) {
  test(`every page type fits 360 px in ${code}`, async ({ page }) => {
    const paths = [...samples.filter((s) => s.locale === code).map((s) => s.url), ...(code === 'vi' ? ['/404.html'] : [])];
    test.setTimeout(30_000 + paths.length * 5_000);
    await page.setViewportSize({ width: 360, height: 800 });
    const tooWide: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) tooWide.push(`${path}: ${width} px`);
    }
    // Home and a listing among them: the route table's kinds, not a hand-kept list.
    expect(paths).toEqual(expect.arrayContaining([`/${code}/`, `/${code}/progress/`, `/${code}/accessibility/`]));
    expect(paths.length).toBeGreaterThanOrEqual(20);
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
