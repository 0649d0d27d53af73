/**
 * The per-record files — every task's feed (in each locale) and JSON record, every body's feed and
 * deadline calendar — written in one pass after the pages. They are most of the site's files
 * (at 20,000 tasks, some 190,000), and Astro's router costs about a millisecond per file, so as
 * endpoints they took minutes; written directly they take seconds. Same functions, same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { citationBib, citationPath, citedRecords } from '../data/citation-files.ts';
import type { AstroIntegrationLogger } from 'astro';
import type { BuildContext } from '../data/build-context.ts';
import { makeFeedContext } from '../feeds/context.ts';
import { bodyCalendar, bodyFeed, taskFeed, taskRecordJson } from '../feeds/record-files.ts';
import { builtLocales } from '../i18n/built-locales.ts';

export function writeRecordFiles(build: BuildContext, out: string, site: URL | undefined, logger: AstroIntegrationLogger): void {
  logger.info('writing the feeds and JSON of every record…');
  const started = performance.now();
  const data = build.dataset;
  let files = 0;
  const write = (folder: string, name: string, text: string) => {
    writeFileSync(join(folder, name), text);
    files += 1;
  };
  const json = join(out, 'data', 'tasks');
  mkdirSync(json, { recursive: true });
  for (const view of data.taskViews) write(json, `${view.task.id}.json`, taskRecordJson(view, data.meta));
  for (const [kind, id] of citedRecords(data)) {
    const path = join(out, citationPath(kind, id));
    mkdirSync(dirname(path), { recursive: true });
    write(dirname(path), basename(path), citationBib(build, kind, id, site));
  }
  for (const locale of builtLocales().map((l) => l.code)) {
    const context = makeFeedContext(locale, data, site);
    const tasks = join(out, locale, 'feeds', 'tasks');
    const bodies = join(out, locale, 'feeds', 'bodies');
    mkdirSync(tasks, { recursive: true });
    mkdirSync(bodies, { recursive: true });
    for (const view of data.taskViews) write(tasks, `${view.task.id}.atom`, taskFeed(view, context));
    for (const agency of data.agencies) {
      write(bodies, `${agency.id}.atom`, bodyFeed(agency, context));
      write(bodies, `${agency.id}.ics`, bodyCalendar(agency, context));
    }
  }
  logger.info(`${files} record files written in ${Math.round(performance.now() - started)} ms`);
}
