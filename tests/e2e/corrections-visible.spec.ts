/**
 * Every revision and withdrawal in the data is visible where a reader looks for it: on its
 * record's page (an entry with its own anchor) and in Changes (a row linking to that entry), in
 * every locale. Runs on whatever data was built: the live corrections are the point.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { LOCALE_CODES } from '../../src/domain/schema/primitives.ts';
import { distDir, htmlPages } from '../support/built-site.ts';

const content = process.env['CK57_CONTENT'] ?? 'content';
/** Where each kind of record has its page. */
const PAGE_FOLDER = { tasks: 'tasks', agencies: 'bodies', sources: 'sources', indicators: 'indicators' } as const;

interface Entry {
  page: string;
  id: string;
}

function revisionEntries(): Entry[] {
  const entries: Entry[] = [];
  for (const [collection, folder] of Object.entries(PAGE_FOLDER)) {
    const dir = join(content, collection);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const record = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { id: string; revisions?: { id: string }[] };
      for (const r of record.revisions ?? []) entries.push({ page: `${folder}/${record.id}`, id: r.id });
    }
  }
  return entries;
}

test('each revision has its entry on the record page, a row in Changes and an item in the feed of every change, in every locale', () => {
  const entries = revisionEntries();
  test.skip(entries.length === 0, 'this data has no revisions');
  const missing: string[] = [];
  for (const locale of LOCALE_CODES) {
    const changes = htmlPages()
      .filter((p) => p.startsWith(`/${locale}/changes/`))
      .map((p) => readFileSync(join(distDir, p), 'utf8'))
      .join('\n');
    const feed = readFileSync(join(distDir, locale, 'feeds', 'events.atom'), 'utf8');
    for (const { page, id } of entries) {
      if (!feed.includes(`/${locale}/${page}/#revision-${id}"`))
        missing.push(`/${locale}/feeds/events.atom has no item for ${page}#revision-${id}`);
      const html = readFileSync(join(distDir, locale, page, 'index.html'), 'utf8');
      if (!html.includes(`id="revision-${id}"`)) missing.push(`/${locale}/${page}/ has no entry #revision-${id}`);
      if (!changes.includes(`href="/${locale}/${page}/#revision-${id}"`))
        missing.push(`/${locale}/changes/ has no row for ${page}#revision-${id}`);
    }
  }
  expect(missing).toEqual([]);
});
