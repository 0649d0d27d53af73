/**
 * Every text of the portal that a translator translates, each with its pointer (the key of the
 * translation ledger): the localized texts of every record, the dataset's own texts and the
 * editorial pages; and the evidence titles, which are kept in the language of the page they name.
 */
import type { Dataset } from './dataset.ts';
import { LOCALE_CODES, type LocaleCode } from './schema/primitives.ts';

export const TEXT_KINDS = ['task', 'body', 'indicator', 'source', 'assessment', 'dataset', 'page'] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

export interface TranslatableText {
  pointer: string;
  kind: TextKind;
  /** The record or page the text belongs to (its id, or the page's path), for listing what is left. */
  owner: string;
  /** The text in each language it exists in; Vietnamese always. */
  text: Partial<Record<LocaleCode, string>> & { vi: string };
}

/** An editorial page: its pointer ("pages/about") and its text per language it is written in. */
export interface PageTexts {
  pointer: string;
  text: Partial<Record<LocaleCode, string>> & { vi: string };
}

const LOCALE_SET = new Set<string>(LOCALE_CODES);

function isLocalized(value: object): value is Partial<Record<LocaleCode, string>> & { vi: string } {
  const keys = Object.keys(value);
  return keys.includes('vi') && keys.every((k) => LOCALE_SET.has(k) && typeof (value as Record<string, unknown>)[k] === 'string');
}

/** Array items are named by their id where they have one (events, revisions), else by position. */
function itemKey(item: unknown, index: number): string {
  const id = item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : String(index);
}

function walk(value: unknown, path: string, found: (path: string, text: TranslatableText['text']) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, `${path}[${itemKey(item, i)}]`, found));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (isLocalized(value)) {
    found(path, value);
    return;
  }
  for (const [key, child] of Object.entries(value)) walk(child, path === '' ? key : `${path}.${key}`, found);
}

const COLLECTIONS: readonly [TextKind, string, keyof Pick<Dataset, 'tasks' | 'agencies' | 'indicators' | 'sources' | 'assessments'>][] = [
  ['task', 'tasks', 'tasks'],
  ['body', 'agencies', 'agencies'],
  ['indicator', 'indicators', 'indicators'],
  ['source', 'sources', 'sources'],
  ['assessment', 'assessments', 'assessments'],
];

/**
 * Every translatable text, records first (in collection and id order), then the pages.
 * @example translatableTexts(data, [])[0].pointer // "tasks/s57-2025-05-29-01#title"
 */
export function translatableTexts(
  data: Pick<Dataset, 'meta' | 'tasks' | 'agencies' | 'indicators' | 'sources' | 'assessments'>,
  pages: readonly PageTexts[],
): TranslatableText[] {
  const texts: TranslatableText[] = [];
  for (const [kind, collection, key] of COLLECTIONS) {
    for (const record of data[key] as readonly { id: string }[]) {
      walk(record, '', (path, text) => texts.push({ pointer: `${collection}/${record.id}#${path}`, kind, owner: record.id, text }));
    }
  }
  walk(data.meta, '', (path, text) => texts.push({ pointer: `dataset#${path}`, kind: 'dataset', owner: 'dataset', text }));
  for (const page of pages)
    texts.push({ pointer: page.pointer, kind: 'page', owner: page.pointer.slice('pages/'.length), text: page.text });
  return texts;
}

/** Titles of evidence given as a web page: shown as the page itself is titled, never translated. */
export function evidenceTitleCount(data: Pick<Dataset, 'tasks' | 'agencies' | 'indicators' | 'sources' | 'assessments'>): number {
  let count = 0;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      const v = value as Record<string, unknown>;
      if (typeof v['url'] === 'string' && typeof v['publisher'] === 'string' && typeof v['title'] === 'string') count += 1;
      else Object.values(v).forEach(visit);
    }
  };
  for (const [, , key] of COLLECTIONS) visit(data[key]);
  return count;
}
