/** What the pages ask of the translation ledger: a shown text's status, a page's status, and whether a language has any note to explain. */
import { contentDir } from './content-dir.ts';
import { getDataset } from './dataset.ts';
import { getTranslationLedger, hashText } from './translation-ledger.ts';
import type { LocaleCode, LocalizedText } from '../domain/schema/index.ts';
import { needsNote, textStatus, type TextStatus } from '../domain/translation-ledger.ts';

async function ledger() {
  return getTranslationLedger(process.cwd(), contentDir, await getDataset());
}

/** The status of a record text as shown in `locale`; null when it is not a translation there. */
export async function translationStatusOf(text: LocalizedText, locale: LocaleCode): Promise<TextStatus | null> {
  return (await ledger()).lookup(text, locale);
}

/** The status of an editorial page ("about", "meetings/meeting-2025-05-29") in `locale`. */
export async function pageTranslationStatus(page: string, locale: LocaleCode): Promise<TextStatus | null> {
  const { texts, ledgers } = await ledger();
  const text = texts.find((t) => t.pointer === `pages/${page}`);
  return text === undefined ? null : textStatus(text.text, locale, ledgers[locale]?.[text.pointer], hashText);
}

const noted = new Map<LocaleCode, boolean>();

/** Whether any text in `locale` carries a note (so the page footer explains the marks). */
export async function localeHasNotes(locale: LocaleCode): Promise<boolean> {
  if (!noted.has(locale)) {
    const { texts, ledgers } = await ledger();
    noted.set(
      locale,
      texts.some((t) => needsNote(textStatus(t.text, locale, ledgers[locale]?.[t.pointer], hashText))),
    );
  }
  return noted.get(locale)!;
}
