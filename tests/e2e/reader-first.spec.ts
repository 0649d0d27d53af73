/**
 * "Reader first" (issue 27): each persona finds the answer to their question in at most two taps
 * from Home, a task page's first phone screen is its status card, and record pages stay within
 * three times their 1,280 px height on 320 and 360 px phones. Answers counted by hand on the frozen
 * fixture (data date 2026-03-13):
 * - Plan 02 phase 1 (x-2025-06-19-11-phase-1) is the worst past its deadline: 30 June 2025, 256 days
 *   before 13 March 2026, led by Ministries, sectors and localities, last reported in progress on
 *   28 June 2025 by the press.
 * - The bodies most behind tie at 2 tasks past their deadline each: Ministries, sectors and
 *   localities (both phases of Plan 02) and the Provincial People's Committees (commune services,
 *   electronic dossiers).
 * - Of 19 targets, 2 are off track (digital economy, R&D spending) and 16 cannot be assessed yet
 *   (see tests/unit/home-figures.test.ts).
 * - The latest meeting is the Government Steering Committee's of 25 February 2026; it assigned one
 *   task, the 3 % budget share for science and technology (x-2026-02-25-14).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { LOCALE_CODES } from '../../src/domain/schema/primitives.ts';
import { watchConsole } from './console.ts';

const PHONE = { width: 360, height: 740 };

/** Whether the element's box lies wholly inside the viewport as it is now (no scrolling). */
async function onFirstScreen(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.y + box.height <= viewport.height && box.x >= 0 && box.x + box.width <= viewport.width;
}

test.describe('personas find their answer within two taps of Home', () => {
  test('a citizen on a 360 px phone in Vietnamese: is this task late, and who is responsible?', async ({ page }) => {
    const console = watchConsole(page);
    await page.setViewportSize(PHONE);
    await page.goto('/vi/');
    // Tap 1: the tile that counts the late tasks leads to their list.
    const tile = page.locator('[data-tile="past-deadline"]');
    await expect(tile).toContainText('6');
    await expect(tile).toContainText('Nhiệm vụ quá hạn, chưa báo cáo hoàn thành');
    expect(await onFirstScreen(page, tile)).toBe(true);
    await tile.getByRole('link').click();
    // Tap 2: the worst of them.
    await page.locator('[data-figure="past-deadline"] li').first().getByRole('link').first().click();
    await expect(page).toHaveURL(/\/vi\/tasks\/x-2025-06-19-11-phase-1\/$/);
    const card = page.locator('[data-status-card]');
    await expect(card.locator('.chip')).toHaveText(/Quá hạn, chưa báo cáo hoàn thành/);
    await expect(card).toContainText('Đã quá hạn 256 ngày');
    await expect(card.locator('[data-field="lead"]')).toHaveText('Các bộ, ngành, địa phương');
    await expect(card.locator('[data-field="deadline"]')).toHaveText('ngày 30 tháng 6 năm 2025');
    await expect(card.locator('[data-last-report]')).toHaveText('báo cáo gần nhất: Đang thực hiện, ngày 28 tháng 6 năm 2025');
    await expect(card.locator('[data-reporter]')).toHaveAttribute('data-reporter', 'press');
    for (const answer of [card.locator('.chip'), card.locator('[data-field="lead"]'), card.locator('[data-field="deadline"]')])
      expect(await onFirstScreen(page, answer)).toBe(true);
    expect(console).toEqual([]);
  });

  test('a journalist at 1,280 px in English: which bodies are most behind, which targets are off track?', async ({ page }) => {
    const console = watchConsole(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/en/');
    // No tap: both answers are tiles on Home's first screen, the tie said in words.
    const behind = page.locator('[data-tile="most-behind"]');
    expect(await onFirstScreen(page, behind)).toBe(true);
    await expect(behind.locator('.tile-number')).toHaveText('2');
    expect(await behind.locator('[data-body]').evaluateAll((links) => links.map((a) => a.getAttribute('data-body')))).toEqual([
      'ministries-sectors-localities',
      'provincial-peoples-committees',
    ]);
    await expect(behind.locator('[data-tie]')).toHaveText('A tie: each of these bodies has as many.');
    const targets = page.locator('[data-tile="targets"]');
    expect(await onFirstScreen(page, targets)).toBe(true);
    await expect(targets.locator('.tile-number')).toHaveText('2');
    await expect(targets.locator('[data-targets-line]')).toHaveText('Off track: 2 · Not measurable yet: 16 of 19');
    // Tap 1: the targets tile opens Results, where the off-track targets are named.
    await targets.getByRole('link').click();
    await expect(page).toHaveURL(/\/en\/results\/$/);
    await expect(page.locator('#verdict-off-track + ul')).toContainText('digital economy', { ignoreCase: true });
    expect(console).toEqual([]);
  });

  test('a monitor on a 360 px phone in Vietnamese: where is the monitors’ desk, and what did the latest meeting decide?', async ({
    page,
  }) => {
    const console = watchConsole(page);
    await page.setViewportSize(PHONE);
    await page.goto('/vi/');
    // Tap 1 opens the labelled menu (a <details>, no script needed); tap 2 the desk.
    const menu = page.locator('header nav summary');
    expect(await onFirstScreen(page, menu)).toBe(true);
    await expect(menu).toContainText('Menu');
    await expect(menu).toContainText('Trang chủ');
    await menu.click();
    const desk = page.locator('header nav').getByRole('link', { name: 'Góc giám sát' });
    await expect(desk).toBeVisible();
    await desk.click();
    await expect(page).toHaveURL(/\/vi\/monitors\/$/);
    await expect(page.locator('header nav a[aria-current="page"]')).toHaveText('Góc giám sát');
    await expect(page.locator('header nav summary')).toContainText('Góc giám sát');
    // From Home again, one tap on the latest meeting's tile shows what it decided.
    await page.goto('/vi/');
    const meeting = page.locator('[data-tile="latest-meeting"]');
    await expect(meeting).toContainText('ngày 25 tháng 2 năm 2026');
    await meeting.getByRole('link').click();
    await expect(page).toHaveURL(/\/vi\/meetings\/meeting-2026-02-25\/$/);
    await expect(page.locator('main a[href="/vi/tasks/x-2026-02-25-14/"]').first()).toBeVisible();
    expect(console).toEqual([]);
  });
});

test.describe('the phone header', () => {
  test('keeps the search button on one line and every section one tap away, in every locale at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 740 });
    for (const code of LOCALE_CODES) {
      await page.goto(`/${code}/progress/`);
      const button = page.locator('.site-search button');
      const { height } = (await button.boundingBox())!;
      // One line of text in a 44 px target: a wrapped label ("Tì/m", "Найт/и") made it taller.
      expect(height, code).toBeLessThanOrEqual(48);
      // The current section is named on the menu button, in sight without opening it.
      expect(await onFirstScreen(page, page.locator('header nav summary .menu-current')), code).toBe(true);
      await page.locator('header nav summary').click();
      const links = page.locator('header nav li a');
      await expect(links).toHaveCount(11);
      for (const link of await links.all()) expect(await link.boundingBox(), code).not.toBeNull();
      await expect(page.locator('header nav a[aria-current="page"]')).toHaveAttribute('href', `/${code}/progress/`);
    }
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the menu button opens the menu', async ({ page }) => {
      await page.setViewportSize(PHONE);
      await page.goto('/ru/');
      const meetings = page.locator('header nav').getByRole('link', { name: 'Заседания' });
      await expect(meetings).toBeHidden();
      await page.locator('header nav summary').click();
      await expect(meetings).toBeVisible();
    });
  });

  test('shows every section without a menu button at 1,280 px', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/en/');
    await expect(page.locator('header nav summary')).toBeHidden();
    for (const link of await page.locator('header nav li a').all()) expect(await onFirstScreen(page, link)).toBe(true);
  });
});

for (const code of ['vi', 'ru'] as const) {
  test(`the first phone screen of a task page is its status card, with status, lead body and deadline, in ${code}`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    // One of the fixture's longest titles, four lines on a phone in Russian: the card still comes first.
    await page.goto(`/${code}/tasks/x-2025-06-19-11-phase-1/`);
    const card = page.locator('[data-status-card]');
    for (const part of [card.locator('.chip'), card.locator('[data-field="lead"]'), card.locator('[data-field="deadline"]')])
      expect(await onFirstScreen(page, part)).toBe(true);
    await expect(card.locator('[data-field="deadline"]')).toHaveText(code === 'vi' ? 'ngày 30 tháng 6 năm 2025' : '30 июня 2025 г.');
    await expect(card.locator('[data-field="lead"]')).toHaveText(
      code === 'vi' ? 'Các bộ, ngành, địa phương' : 'Министерства, отрасли и местные органы',
    );
  });
}

/**
 * The fixture's tallest record of each kind on a phone, relative to its 1,280 px height (measured
 * across all seven locales at 320 px when this test was written).
 */
const LONGEST = [
  'tasks/x-2025-12-18-13-innovation-center-decree/',
  'bodies/ministries-sectors-localities/',
  'indicators/online-public-service-usage/',
];

for (const code of LOCALE_CODES) {
  test(`record pages stay within 3× their 1,280 px height at 320 and 360 px in ${code}`, async ({ page }) => {
    const over: string[] = [];
    for (const path of LONGEST) {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`/${code}/${path}`);
      const desktop = await page.evaluate(() => document.documentElement.scrollHeight);
      for (const width of [320, 360]) {
        await page.setViewportSize({ width, height: 740 });
        const phone = await page.evaluate(() => document.documentElement.scrollHeight);
        if (phone > 3 * desktop) over.push(`/${code}/${path} at ${width} px: ${phone} px, over 3 × ${desktop} px`);
      }
    }
    expect(over).toEqual([]);
  });
}

test.describe('a missing page', () => {
  test.use({ javaScriptEnabled: false });
  test('offers a search box and the three publicities in each of the seven languages, working without JavaScript', async ({ page }) => {
    const response = await page.goto('/ru/tasks/no-such-task/');
    expect(response!.status()).toBe(404);
    for (const code of LOCALE_CODES) {
      const block = page.locator(`.not-found > li[data-locale="${code}"]`);
      await expect(block).toHaveAttribute('lang', code);
      await expect(block.locator('form[role="search"]')).toHaveAttribute('action', `/${code}/search/`);
      expect(await block.locator('.publicities a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
        `/${code}/progress/`,
        `/${code}/responsibility/`,
        `/${code}/results/`,
      ]);
    }
    const russian = page.locator('.not-found > li[data-locale="ru"]');
    await expect(russian.locator('.publicities')).toContainText('Ответственность');
    await russian.locator('input[name="q"]').fill('цифровая экономика');
    await russian.getByRole('button', { name: 'Найти' }).click();
    await expect(page).toHaveURL(/\/ru\/search\/\?q=%D1%86/);
  });
});
