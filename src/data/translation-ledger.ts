/**
 * The translation ledger on disk (content/translations/<locale>.json) and what the pages need from
 * it: every translatable text with its pointer, each language's ledger, and, for a text shown on a
 * page, whether to mark it as an unreviewed machine-assisted or stale translation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sha256 } from '../lib/sha256.ts';
import type { Dataset } from '../domain/dataset.ts';
import { LOCALE_CODES, type LocaleCode, type LocalizedText } from '../domain/schema/index.ts';
import { translationLedger, type TranslationLedger } from '../domain/schema/translation-ledger.ts';
import { textStatus, ledgerProblems, type TextStatus } from '../domain/translation-ledger.ts';
import { translatableTexts, type PageTexts, type TranslatableText } from '../domain/translation-texts.ts';
import type { Problem } from '../domain/validate/problem.ts';
import { problemsFromZod } from '../domain/validate/zod-problems.ts';
import { readProse } from './read-prose.ts';

export const LEDGER_FOLDER = 'translations';

/** The languages a ledger is kept for: every one but Vietnamese, the language texts are made from. */
export const LEDGER_LOCALES: readonly LocaleCode[] = LOCALE_CODES.filter((l) => l !== 'vi');

export const ledgerFile = (contentDir: string, locale: LocaleCode) =>
  join(contentDir, LEDGER_FOLDER, `${locale}.json`).split('\\').join('/');

/** One hash of a text, the same everywhere (stamping, checking, pages). */
export const hashText = (text: string): string => sha256(text);

/** Every language's ledger as on disk (empty where there is no file yet), with the problems of the files. */
export function readLedgers(root: string, contentDir: string): { ledgers: Record<string, TranslationLedger>; problems: Problem[] } {
  const ledgers: Record<string, TranslationLedger> = {};
  const problems: Problem[] = [];
  for (const locale of LEDGER_LOCALES) {
    const file = ledgerFile(contentDir, locale);
    const full = resolve(root, file);
    ledgers[locale] = {};
    if (!existsSync(full)) continue;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(full, 'utf8'));
    } catch (error) {
      problems.push({
        file,
        field: '',
        expected: 'a JSON object of text pointers',
        found: `text that is not JSON (${(error as Error).message})`,
      });
      continue;
    }
    const parsed = translationLedger.safeParse(json);
    if (parsed.success) ledgers[locale] = parsed.data;
    else problems.push(...problemsFromZod(file, json, parsed.error));
  }
  return { ledgers, problems };
}

/** The editorial pages as texts: "pages/about" with each language's MDX, for pages written in Vietnamese. */
export function pageTexts(root: string, contentDir: string): PageTexts[] {
  const byPage = new Map<string, Partial<Record<LocaleCode, string>>>();
  for (const file of readProse(root, contentDir)) {
    const parts = file.relative.split('/');
    const lang = parts.pop()!.replace(/\.mdx$/, '') as LocaleCode;
    const pointer = `pages/${parts.join('/')}`;
    byPage.set(pointer, { ...byPage.get(pointer), [lang]: file.text });
  }
  return [...byPage]
    .filter((entry): entry is [string, PageTexts['text']] => entry[1].vi !== undefined)
    .map(([pointer, text]) => ({ pointer, text }));
}

/** Every text and every ledger, with the ledgers' problems (including entries that name no translated text). */
export function ledgerState(
  root: string,
  contentDir: string,
  data: Dataset,
): { texts: TranslatableText[]; ledgers: Record<string, TranslationLedger>; problems: Problem[] } {
  const texts = translatableTexts(data, pageTexts(root, contentDir));
  const { ledgers, problems } = readLedgers(root, contentDir);
  for (const locale of LEDGER_LOCALES)
    problems.push(...ledgerProblems(ledgerFile(contentDir, locale), ledgers[locale] ?? {}, texts, locale));
  return { texts, ledgers, problems };
}

/**
 * For the pages: a lookup from a shown text to its status in a language. Texts are found by their
 * Vietnamese and translation, since a component gets the text, not where it lives; the same
 * wording in two places shares one status.
 */
export function statusLookup(
  texts: readonly TranslatableText[],
  ledgers: Record<string, TranslationLedger>,
): (text: LocalizedText, locale: LocaleCode) => TextStatus | null {
  const byLocale = new Map<string, Map<string, TextStatus>>();
  for (const locale of LEDGER_LOCALES) {
    const map = new Map<string, TextStatus>();
    for (const t of texts) {
      const status = textStatus(t.text, locale, ledgers[locale]?.[t.pointer], hashText);
      if (status !== null) map.set(`${t.text.vi}\u0000${t.text[locale]}`, status);
    }
    byLocale.set(locale, map);
  }
  return (text, locale) => byLocale.get(locale)?.get(`${text.vi}\u0000${text[locale] ?? ''}`) ?? null;
}

let forPages:
  { texts: TranslatableText[]; ledgers: Record<string, TranslationLedger>; lookup: ReturnType<typeof statusLookup> } | undefined;

/** The build's texts, ledgers and status lookup, read once (the data check has refused bad ledgers). */
export function getTranslationLedger(root: string, contentDir: string, data: Dataset) {
  if (forPages === undefined) {
    const { texts, ledgers } = ledgerState(root, contentDir, data);
    forPages = { texts, ledgers, lookup: statusLookup(texts, ledgers) };
  }
  return forPages;
}
