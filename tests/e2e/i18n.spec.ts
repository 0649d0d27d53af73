/** Every page type exists in every locale, declares its language and alternates, and the switcher keeps the reader on the same page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { LOCALES } from '../../src/i18n/locales.ts';
import { declaredPageKinds } from '../../src/domain/routes.ts';
import { distDir, htmlPages, pageTypeSamples } from '../support/built-site.ts';
import { contentDir } from '../../src/data/content-dir.ts';
import { readProse } from '../../src/data/read-prose.ts';

/** The editorial page types the built content has: About and the guides exist once written. */
const written = readProse(process.cwd(), contentDir).map((f) => f.relative);
const EDITORIAL_TYPES = [
  ...(written.some((p) => p.startsWith('about/')) ? ['about'] : []),
  ...(written.some((p) => p.startsWith('guides/')) ? ['guides/*'] : []),
];

test('every page type is built in all seven locales, with the right <html lang> and seven alternates', () => {
  const samples = pageTypeSamples();
  const types = [...new Set(samples.map((s) => s.type))].sort();
  // Every kind of page the route table declares; editorial ones only once written.
  const declared = declaredPageKinds().filter((k) => !k.editorial || EDITORIAL_TYPES.includes(k.kind));
  expect(types).toEqual(declared.map((k) => k.kind).sort());
  expect(types).toContain('tasks/*');
  for (const type of types) {
    for (const locale of LOCALES) {
      const sample = samples.find((s) => s.type === type && s.locale === locale.code);
      expect(sample, `${type} in ${locale.code}`).toBeDefined();
      const html = readFileSync(join(distDir, sample!.url, 'index.html'), 'utf8');
      expect(html).toContain(`<html lang="${locale.code}"`);
      expect(html.match(/<link rel="alternate" hreflang="/g)?.length, sample!.url).toBe(8);
    }
  }
});

test('the same task exists in every locale', () => {
  const pages = new Set(htmlPages());
  for (const locale of LOCALES) expect(pages.has(`/${locale.code}/tasks/s57-2025-10-15-08/index.html`)).toBe(true);
});

test('the sitemap index names sitemap files that list every built page, and only those, with its last change and alternates', () => {
  const index = readFileSync(join(distDir, 'sitemap.xml'), 'utf8');
  const files = [...index.matchAll(/<sitemap><loc>([^<]+)<\/loc><\/sitemap>/g)].map((m) => new URL(m[1]!).pathname);
  expect(files.length).toBeGreaterThan(0);
  const sitemap = files.map((file) => readFileSync(join(distDir, file), 'utf8')).join('\n');
  const entries = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>(\d{4}-\d{2}-\d{2})<\/lastmod>)?/g)];
  const listed = entries.map((m) => new URL(m[1]!).pathname);
  const built = htmlPages()
    .filter((p) => p !== '/404.html')
    .map((p) => p.replace(/index\.html$/, ''));
  expect(built.filter((p) => !listed.includes(p))).toEqual([]);
  expect(listed.filter((p) => !built.includes(p))).toEqual([]);
  expect(new Set(listed).size).toBe(listed.length);
  expect(entries.filter((m) => m[2] === undefined).map((m) => m[1])).toEqual([]);
  expect(sitemap).toContain('hreflang="uk-UA"');
});

test('a page’s last change in the sitemap is its record’s latest dated change, else the data date', () => {
  test.skip(process.env['CK57_CONTENT'] === undefined, 'needs the frozen fixture, whose dates were worked out by hand');
  const sitemap = readFileSync(join(distDir, 'sitemap-1.xml'), 'utf8');
  // A task's page changed when it was assigned (the frozen fixture records nothing since); a list, on the data's date.
  expect(sitemap).toContain('<loc>https://congkhai57.example/fr/tasks/s57-2025-10-15-08/</loc><lastmod>2025-10-15</lastmod>');
  expect(sitemap).toContain('<loc>https://congkhai57.example/vi/progress/</loc><lastmod>2026-03-13</lastmod>');
});

test('the language switcher lands on the same task in French, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/vi/tasks/s57-2025-10-15-08/');
  await page.locator('.lang-switcher summary').click();
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/\/fr\/tasks\/s57-2025-10-15-08\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('h1')).toContainText('Tâche 3 sur 5');
  await context.close();
});

test('the French home shows French navigation, and the root offers all seven languages, Vietnamese first', async ({ page }) => {
  await page.goto('/fr/');
  await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link')).toHaveText([
    'Accueil',
    'Avancement',
    'Responsabilité',
    'Résultats',
    'Réunions',
    'Espace des observateurs',
    'Sources',
    'Modifications',
    'Données ouvertes',
    'Recherche',
    'Méthodologie',
  ]);
  await page.goto('/');
  await expect(page.locator('.languages a .label')).toHaveText([
    'Tiếng Việt',
    'English',
    'Français',
    'Русский',
    'Українська',
    'Nederlands',
    'Bahasa Indonesia',
  ]);
});

test('a body name without a Russian translation falls back with a note and its real language', async ({ page }) => {
  // The live content/ has every text in Russian now; the fixture's provinces have leader roles in
  // Vietnamese and English only (its content/agencies/cao-bang.json).
  test.skip(process.env['CK57_CONTENT'] === undefined, 'needs the fixture, whose texts fall back');
  await page.goto('/ru/bodies/cao-bang/');
  const fallback = page.locator('dd [lang="en"]');
  await expect(fallback).toContainText('Chairperson of the Cao Bang Provincial People’s Committee');
  await expect(fallback.locator('.fallback-note')).toHaveText('Ещё не переведено; показано на языке: English.');
});
