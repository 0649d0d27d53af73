/**
 * "Cite this" on every record page, in every locale, as the built HTML gives it: the permanent
 * address in full (the fixture is built for https://congkhai57.example), the data date, where the
 * record stands against the signed release of 2026-03-13, its hash from the build's manifest, and a
 * citation as text and as BibTeX. x-2025-06-19-11-phase-1 gained a history event after that release
 * (its hash there differs); s57-2025-05-29-01 is unchanged.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir, htmlPages } from '../support/built-site.ts';
import { FIXTURE_RELEASES, FIXTURE_SITE } from '../support/fixture.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';

const manifest = JSON.parse(readFileSync(join(distDir, 'release', 'manifest.json'), 'utf8'));
const released = JSON.parse(readFileSync(join(FIXTURE_RELEASES, '2026-03-13', 'manifest.json'), 'utf8'));
const html = (path: string) => readFileSync(join(distDir, path, 'index.html'), 'utf8');
const box = (page: string) => /<section class="cite-this"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
const text = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

test('every task, body, source and indicator page in every locale has the box', () => {
  const records = htmlPages().filter((p) => /^\/[a-z]{2}\/(tasks|bodies|sources|indicators)\/[^/]+\/index\.html$/.test(p));
  expect(records.length).toBe(7 * (30 + 51 + 35 + 19));
  for (const page of records) expect(box(readFileSync(join(distDir, page), 'utf8')), page).toContain('id="cite-heading"');
});

test('a task changed since the release says so, with its full address, data date, the manifest’s hash and a BibTeX file', () => {
  const id = 'x-2025-06-19-11-phase-1';
  const hash = manifest.records.tasks[id];
  expect(hash).not.toBe(released.records.tasks[id]);
  const section = box(html(`en/tasks/${id}`));
  const en = text(section);
  expect(en).toContain('Signed releasechanged since the signed release of 13 March 2026');
  expect(en).toContain(`Record hash (SHA-256)${hash}`);
  expect(en).toContain(`Công khai 57, task ${id}, data as of 13 March 2026. ${FIXTURE_SITE}/en/tasks/${id}/`);
  expect(section).toContain(`<a href="/en/tasks/${id}/" rel="bookmark">${FIXTURE_SITE}/en/tasks/${id}/</a>`);
  const vi = text(box(html(`vi/tasks/${id}`)));
  expect(vi).toContain('đã thay đổi so với bản phát hành đã ký ngày 13 tháng 3 năm 2026');
  expect(vi).toContain(`nhiệm vụ ${id}, số liệu tính đến ngày 13 tháng 3 năm 2026.`);
  // The BibTeX file the box links, with its size: it cites the Vietnamese page, the original.
  const bibHref = `/data/cite/tasks/${id}.bib`;
  expect(section).toContain(`href="${bibHref}" download="${id}.bib"`);
  const bib = readFileSync(join(distDir, bibHref), 'utf8');
  expect(bib.startsWith(`@misc{ck57-tasks-${id},\n`)).toBe(true);
  expect(bib).toContain(`  url = {${FIXTURE_SITE}/vi/tasks/${id}/},`);
  expect(bib).toContain(`  note = {task ${id}; data as of 2026-03-13; changed since the signed release of 2026-03-13; SHA-256 ${hash}}`);
  expect(en).toContain(`(${Buffer.byteLength(bib)}\u00a0B)`);
});

test('an unchanged task is as released; a body shows its own hash; every locale has its own words', () => {
  const id = 's57-2025-05-29-01';
  expect(manifest.records.tasks[id]).toBe(released.records.tasks[id]);
  expect(text(box(html(`fr/tasks/${id}`)))).toContain('telle que publiée dans la publication signée du 13 mars 2026');
  expect(text(box(html('ru/bodies/cao-bang')))).toContain(manifest.records.agencies['cao-bang']);
  const headings = new Set(LOCALE_CODES.map((l) => /<h2 id="cite-heading"[^>]*>([^<]+)</.exec(html(`${l}/tasks/${id}`))?.[1]));
  expect(headings.size).toBe(7);
});
