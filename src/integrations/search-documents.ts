/**
 * The search document of each page (src/domain/search/document.ts), written from the record the
 * page shows: tasks, bodies, sources and indicators from the data; any other page (Progress,
 * Methodology, prose pages) from its indexed HTML with tables, field labels, buttons and blocks
 * marked data-pagefind-ignore left out. Used by the online index and the offline archive's index.
 */
import type { TFunction } from 'i18next';
import type { IndexedDataset } from '../domain/dataset.ts';
import type { LocaleCode } from '../domain/schema/index.ts';
import type { SearchDocument, SearchField } from '../domain/search/document.ts';
import { textIn } from '../i18n/localized.ts';
import { localePath } from '../i18n/paths.ts';
import { parsePagePath, recordSection, routeRecord, type RecordCollection } from '../domain/routes.ts';

type Fields = (SearchField | false | undefined | null)[];
const fieldsOf = (fields: Fields): SearchField[] => fields.filter((f): f is SearchField => !!f && f.text.trim() !== '');

/** @param path a page path such as "/vi/tasks/s57-2025-10-15-08/"; html is needed only for pages that show no record. */
export function documentFor(path: string, html: string, data: IndexedDataset, locale: LocaleCode, t: TFunction): SearchDocument {
  const route = parsePagePath(path);
  const shown = route ? routeRecord(route) : undefined;
  // A record's own page only: a meeting's page shows a source but reads as a page of its own.
  const own = shown && route?.section === recordSection(shown.collection) ? shown : undefined;
  const record = own ? recordDocument(own.collection, own.id, data, locale, t) : undefined;
  return record ? { url: path, title: record[0]!.text, fields: record } : pageDocument(path, html);
}

function recordDocument(
  collection: RecordCollection,
  id: string,
  data: IndexedDataset,
  locale: LocaleCode,
  t: TFunction,
): SearchField[] | undefined {
  const text = (value: Parameters<typeof textIn>[0] | undefined) => (value ? textIn(value, locale) : '');
  const bodyName = (agencyId: string | null | undefined) => {
    const agency = agencyId ? data.agency(agencyId) : undefined;
    return agency ? [text(agency.name), text(agency.shortName)].filter(Boolean).join(' · ') : '';
  };
  if (collection === 'tasks') {
    const view = data.taskView(id);
    if (!view) return undefined;
    const { task } = view;
    const source = data.source(task.source);
    return fieldsOf([
      { name: 'title', text: text(task.title) },
      { name: 'number', text: task.id },
      { name: 'status', text: t(`status.${view.status.code}`) },
      { name: 'body', text: bodyName(view.timeline.currentLead) },
      { name: 'text', text: text(task.description) },
      {
        name: 'text',
        text: [t(`theme.${task.theme}`), text(task.leaderRole), text(task.deadlineNote), ...task.coordinating.map(bodyName)]
          .filter(Boolean)
          .join('. '),
      },
      !!source && { name: 'text', text: text(source.title) },
    ]);
  }
  if (collection === 'agencies') {
    const agency = data.agency(id);
    if (!agency) return undefined;
    return fieldsOf([
      { name: 'title', text: text(agency.name) },
      { name: 'number', text: text(agency.shortName) },
      { name: 'text', text: [t(`agencyKind.${agency.kind}`), text(agency.leaderRole), bodyName(agency.parent)].filter(Boolean).join('. ') },
    ]);
  }
  if (collection === 'sources') {
    const source = data.source(id);
    if (!source) return undefined;
    return fieldsOf([
      { name: 'title', text: text(source.title) },
      { name: 'number', text: source.number ? numberText(t(`source.kind.${source.kind}`), source.number) : '' },
      { name: 'body', text: bodyName(source.issuer) },
      { name: 'text', text: [text(source.summary), source.outlet ?? ''].filter(Boolean).join('. ') },
    ]);
  }
  if (collection === 'indicators') {
    const indicator = data.indicator(id);
    if (!indicator) return undefined;
    return fieldsOf([
      { name: 'title', text: text(indicator.name) },
      { name: 'body', text: bodyName(indicator.monitoringAgency) },
      { name: 'text', text: [...indicator.targets.map((target) => text(target.text)), text(indicator.note)].filter(Boolean).join('. ') },
    ]);
  }
  return undefined;
}

/**
 * A document's number as readers write it: in full ("Nghị quyết 57-NQ/TW") and by kind and
 * leading figure ("Nghị quyết 57"), the short form news and speeches use.
 */
export function numberText(kind: string, number: string): string {
  const figure = /^\d+/.exec(number)?.[0];
  return figure && figure !== number ? `${kind} ${number} · ${kind} ${figure}` : `${kind} ${number}`;
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };
const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(nbsp|amp|lt|gt|quot|#39|apos);/g, (_, name: string) => ENTITIES[name]!)
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A page that shows no single record: its heading, and its own prose, without the chrome that
 * repeats on many pages (tables of counts, field labels, buttons, ignored blocks, scripts).
 */
export function pageDocument(url: string, html: string): SearchDocument {
  const start = html.indexOf('data-pagefind-body');
  const open = html.indexOf('>', start) + 1;
  const close = html.indexOf('</main>', open);
  let body = start < 0 ? '' : html.slice(open, close < 0 ? undefined : close);
  for (const tag of ['script', 'style', 'table', 'dt', 'button', 'svg', 'nav', 'form'])
    body = body.replace(new RegExp(`<${tag}\\b[\\s\\S]*?</${tag}>`, 'g'), ' ');
  body = body.replace(/<(\w+)\b[^>]*\sdata-pagefind-ignore\b[^>]*>[\s\S]*?<\/\1>/g, (block, tag: string) => {
    // The match ends at the first closing tag of the same name: an ignored element holding
    // another of its kind would be cut short and its tail indexed. None does; keep it so.
    if (new RegExp(`<${tag}\\b`).test(block.slice(1)))
      throw new Error(`An element marked data-pagefind-ignore holds another <${tag}>: ${block.slice(0, 120)}…`);
    return ' ';
  });
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(body);
  const title = h1 ? plain(h1[1]!) : '';
  const rest = plain(h1 ? body.replace(h1[0], ' ') : body);
  return {
    url,
    title,
    fields: fieldsOf([
      { name: 'title', text: title },
      { name: 'text', text: rest },
    ]),
  };
}

/** The record pages of a locale, for the offline index (which has no built HTML to read). */
export function recordPaths(data: IndexedDataset, locale: LocaleCode): string[] {
  return [
    ...data.taskViews.map((v) => localePath(locale, recordSection('tasks'), v.task.id)),
    ...data.agencies.map((a) => localePath(locale, recordSection('agencies'), a.id)),
    ...data.indicators.map((i) => localePath(locale, recordSection('indicators'), i.id)),
    ...data.sources.map((s) => localePath(locale, recordSection('sources'), s.id)),
  ];
}
