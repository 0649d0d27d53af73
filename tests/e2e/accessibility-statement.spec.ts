/**
 * The accessibility statement says what the tests check; its figures must be what they check: the
 * number of kinds of page it names is the number the axe and 360 px tests go through in that
 * language, every page's footer links to it, and with no reporting address it says so.
 */
import { expect, test } from '@playwright/test';
import { LOCALES } from '../../src/i18n/locales.ts';
import { pageTypeSamples } from '../support/built-site.ts';

const samples = pageTypeSamples();

for (const code of ['vi', 'ru'] as const) {
  test(`the ${code} statement names as many kinds of page as the tests check`, async ({ page }) => {
    const checked = samples.filter((s) => s.locale === code).length;
    await page.goto(`/${code}/accessibility/`);
    const rules = page.locator('[data-kinds]');
    await expect(rules).toHaveAttribute('data-kinds', String(checked));
    await expect(rules).toContainText(`(${checked} `);
    await expect(page.locator('h2')).toHaveCount(4);
  });
}

test('every locale’s pages link to their own accessibility statement from the footer', async ({ page }) => {
  for (const { code } of LOCALES) {
    for (const path of [`/${code}/`, samples.find((s) => s.locale === code && s.type === 'tasks/*')!.url]) {
      await page.goto(path);
      const link = page.locator('footer a[href$="/accessibility/"]');
      await expect(link, path).toHaveAttribute('href', `/${code}/accessibility/`);
    }
  }
  await page.goto('/en/');
  await page.locator('footer').getByRole('link', { name: 'Accessibility' }).click();
  await expect(page.locator('h1')).toHaveText('Accessibility');
});

test('with no reporting address the statement says there is none, and offers no dead link', async ({ page }) => {
  test.skip(process.env['CK57_CONTENT'] === undefined, 'the frozen fixture has no feedback address; the live data may');
  await page.goto('/en/accessibility/');
  await expect(page.locator('[data-no-channel]')).toContainText('No address for reports has been set up for this portal yet.');
  await expect(page.locator('main a[href^="mailto:"]')).toHaveCount(0);
  // The fixture records no machine-assisted translation, so the statement does not claim one.
  await expect(page.locator('main a[href="/en/translations/"]')).toHaveCount(0);
});
