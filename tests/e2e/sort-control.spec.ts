/**
 * On a phone the sortable tables are cards and their header buttons are out of sight: a labelled
 * sort control takes their place, drives the same sort kept in the address, and the back button
 * undoes it. Without JavaScript it is not shown and the table keeps its built order. Hand-counted
 * on the frozen fixture: 9 tasks have a deadline, 2025-06-30 … 2026-03-31 (see pages.spec.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from './console.ts';

const DEADLINES = [
  '2025-06-30',
  '2025-08-15',
  '2025-10-01',
  '2025-10-18',
  '2025-12-31',
  '2026-01-31',
  '2026-03-31',
  '2026-03-31',
  '2026-03-31',
];
const NO_DEADLINE = Array<string>(21).fill('');

const taskRows = (page: Page) => page.locator('table.task-table tbody tr');
const deadlines = (page: Page) => taskRows(page).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-deadline')));
const taskLinks = (page: Page) => taskRows(page).evaluateAll((rows) => rows.map((row) => row.querySelector('a')!.getAttribute('href')));

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  test('Progress: the sort control sorts the cards, keeps the sort in the address, and back restores', async ({ page }) => {
    const console = watchConsole(page);
    await page.goto('/en/progress/');
    const urgency = await taskLinks(page);
    const sort = page.getByRole('combobox', { name: 'Sort by' });
    await expect(sort).toBeVisible();
    await expect(sort).toHaveValue('');
    await expect(sort.locator('option:checked')).toHaveText('Most urgent first (default)');
    // The header buttons are there for screen readers only: a 1 px clipped box.
    expect((await page.locator('table.task-table thead').boundingBox())!.width).toBeLessThanOrEqual(1);

    await sort.selectOption({ label: 'Deadline, ascending' });
    expect(await deadlines(page)).toEqual([...DEADLINES, ...NO_DEADLINE]);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('2-asc');

    await sort.selectOption({ label: 'Deadline, descending' });
    expect(await deadlines(page)).toEqual([...NO_DEADLINE, ...[...DEADLINES].reverse()]);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('2-desc');

    await page.goBack();
    await expect(sort).toHaveValue('2-asc');
    expect(await deadlines(page)).toEqual([...DEADLINES, ...NO_DEADLINE]);
    await page.goBack();
    await expect(sort).toHaveValue('');
    expect(new URL(page.url()).search).toBe('');
    expect(await taskLinks(page)).toEqual(urgency);
    expect(console).toEqual([]);
  });

  test('Progress: the sort control works from the keyboard and opens as a shared address says', async ({ page }) => {
    await page.goto('/en/progress/?sort=2-desc');
    const sort = page.getByRole('combobox', { name: 'Sort by' });
    await expect(sort).toHaveValue('2-desc');
    expect(await deadlines(page)).toEqual([...NO_DEADLINE, ...[...DEADLINES].reverse()]);
    await sort.focus();
    // One option up from "Deadline, descending": "Deadline, ascending".
    await page.keyboard.press('ArrowUp');
    await expect(sort).toHaveValue('2-asc');
    expect(new URL(page.url()).searchParams.get('sort')).toBe('2-asc');
    expect(await deadlines(page)).toEqual([...DEADLINES, ...NO_DEADLINE]);
  });

  test('Responsibility: the sort control sorts the bodies, in Vietnamese', async ({ page }) => {
    await page.goto('/vi/responsibility/');
    const bodies = () => page.locator('table.body-table tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-body')));
    const worstFirst = await bodies();
    const sort = page.getByRole('combobox', { name: 'Sắp xếp theo' });
    await expect(sort.locator('option:checked')).toHaveText('Nhiều nhiệm vụ quá hạn nhất trước (mặc định)');
    // Leads, most first: ministries, sectors and localities lead 3 tasks, more than any other body.
    await sort.selectOption({ label: 'Chủ trì, giảm dần' });
    expect((await bodies())[0]).toBe('ministries-sectors-localities');
    expect(new URL(page.url()).searchParams.get('sort')).toBe('3-desc');
    await page.goBack();
    await expect(sort).toHaveValue('');
    expect(await bodies()).toEqual(worstFirst);
  });
});

test('at 1,280 px the headers sort and the control is not shown', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/en/progress/');
  await expect(page.locator('.sort-control')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Deadline' })).toBeVisible();
});

test.describe('without JavaScript at 360 px', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });

  test('the control is not shown and the cards keep the urgency order', async ({ page }) => {
    await page.goto('/en/progress/');
    await expect(page.locator('.sort-control')).toBeHidden();
    // Most urgent first: the six past their deadline, worst first, lead the list.
    expect((await deadlines(page)).slice(0, 6)).toEqual(DEADLINES.slice(0, 6));
  });
});
