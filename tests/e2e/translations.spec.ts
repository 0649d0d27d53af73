/**
 * The translation-status page and record texts that fall back inside a sentence. Figures from the
 * fixture, counted by hand: its 30 tasks carry 91 localized texts (30 titles, 30 descriptions,
 * 24 deadline notes, 6 history notes, 1 leader role) and only the titles are in French;
 * 19 indicators carry 65 (19 names in French; 46 targets, figures and notes not); 299 texts in
 * all, 135 of them in French. Beside the records: the dataset's title (in French) and three
 * editorial pages (guides/components, meetings/meeting-2025-10-15, releases/2026-03-13; in
 * Vietnamese and English only): 303 texts, 136 in French.
 */
import { expect, test } from '@playwright/test';

test('shows per language how many record texts exist, and lists what is left in the reader’s language', async ({ page }) => {
  await page.goto('/fr/translations/');
  const fr = page.locator('tr[data-locale="fr"]');
  await expect(fr.locator('[data-kind="task"]')).toHaveText(/^30 sur 91/);
  await expect(fr.locator('[data-kind="indicator"]')).toHaveText(/^19 sur 65/);
  await expect(fr.locator('[data-kind="all"]')).toHaveText(/^136 sur 303/);
  await expect(fr.locator('[data-kind="page"]')).toHaveText(/^0 sur 3/);
  await expect(page.locator('tr[data-locale="vi"] [data-kind="all"]')).toHaveText(/^303 sur 303/);
  // The fixture keeps no translation ledger: every French text is "not recorded", none stale.
  const how = page.locator('#how ~ .table-wrap tr[data-locale="fr"]');
  await expect(how.locator('[data-state="unrecorded"]')).toHaveText(/^136 sur 136/);
  await expect(how.locator('[data-state="machine-assisted"]')).toHaveText(/^0 sur 136/);
  await expect(page.locator('[data-missing="page"] li')).toHaveCount(3);
  // Every task has a description only in Vietnamese and English: the first 25 are listed, linked.
  await expect(page.locator('[data-missing="task"] li a')).toHaveCount(25);
  await expect(page.locator('[data-missing="task"] li').last()).toHaveText('… et 5 autres');
  // The glossary, one row per term, with the French term for "overdue".
  await expect(page.locator('tr[data-term="overdue"] td[lang="fr"]')).toHaveText('Échéance dépassée');
});

test('every page links to the translation status', async ({ page }) => {
  await page.goto('/nl/');
  await page.getByRole('link', { name: 'Vertalingen: wat er in welke taal is' }).click();
  await expect(page).toHaveURL(/\/nl\/translations\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vertalingen');
});

test('quotes a figure that falls back to English inside a Russian sentence, in its real language', async ({ page }) => {
  await page.goto('/ru/results/');
  const quote = page.locator('q[lang="en"]').filter({ hasText: '3% set aside in the budget (actual spending not yet published)' });
  await expect(quote).toHaveCount(1);
  await expect(quote.locator('xpath=..')).toContainText(
    'Более свежая цифра (2025: 3% set aside in the budget (actual spending not yet published)) измеряет другой показатель',
  );
});
