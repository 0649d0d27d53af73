/**
 * Which record texts exist in which language: every localized text of every task, body,
 * indicator and source is counted, so volunteer translators see what is left and readers see why
 * a page shows a fallback. Computed from the data itself, so it is never out of date.
 */
import type { Dataset } from './dataset.ts';
import { LOCALE_CODES, type LocaleCode } from './schema/primitives.ts';

export const RECORD_KINDS = ['task', 'body', 'indicator', 'source'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface Coverage {
  /** Localized texts of this kind (a task has a title, a description, notes, reasons…). */
  texts: number;
  /** Of these, the ones written in this language. */
  translated: number;
  /** Records with at least one text not yet in this language, by id. */
  incomplete: string[];
}

export type TranslationStatus = Record<RecordKind, Record<LocaleCode, Coverage>>;

const LOCALE_SET = new Set<string>(LOCALE_CODES);

/** A localized text is an object whose keys are all locale codes, with the required Vietnamese. */
function isLocalizedText(value: object): value is Partial<Record<LocaleCode, string>> {
  const keys = Object.keys(value);
  return keys.includes('vi') && keys.every((k) => LOCALE_SET.has(k) && typeof (value as Record<string, unknown>)[k] === 'string');
}

/** Every localized text anywhere inside a record (history notes, target texts, evidence titles…). */
export function localizedTextsIn(record: unknown): Partial<Record<LocaleCode, string>>[] {
  if (Array.isArray(record)) return record.flatMap(localizedTextsIn);
  if (record === null || typeof record !== 'object') return [];
  if (isLocalizedText(record)) return [record];
  return Object.values(record).flatMap(localizedTextsIn);
}

function coverageOf(records: readonly { id: string }[]): Record<LocaleCode, Coverage> {
  const texts = records.map((record) => ({ id: record.id, texts: localizedTextsIn(record) }));
  return Object.fromEntries(
    LOCALE_CODES.map((locale) => {
      let total = 0;
      let translated = 0;
      const incomplete: string[] = [];
      for (const record of texts) {
        const own = record.texts.filter((text) => text[locale] !== undefined).length;
        total += record.texts.length;
        translated += own;
        if (own < record.texts.length) incomplete.push(record.id);
      }
      return [locale, { texts: total, translated, incomplete }];
    }),
  ) as Record<LocaleCode, Coverage>;
}

export function translationStatus(dataset: Pick<Dataset, 'tasks' | 'agencies' | 'indicators' | 'sources'>): TranslationStatus {
  return {
    task: coverageOf(dataset.tasks),
    body: coverageOf(dataset.agencies),
    indicator: coverageOf(dataset.indicators),
    source: coverageOf(dataset.sources),
  };
}

/** All kinds together, for one language. */
export function totalCoverage(status: TranslationStatus, locale: LocaleCode): { texts: number; translated: number } {
  return RECORD_KINDS.reduce(
    (sum, kind) => ({ texts: sum.texts + status[kind][locale].texts, translated: sum.translated + status[kind][locale].translated }),
    { texts: 0, translated: 0 },
  );
}
