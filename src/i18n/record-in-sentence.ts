/**
 * A UI sentence with record texts inside it ("Short of the target by 1.6 (2% of GDP by 2030)").
 * i18next returns one string, so the record texts go in as markers and come back out as parts:
 * a part that fell back to another language can then carry its real `lang` and be quoted.
 */
import type { LocalizedText } from '../domain/schema/index.ts';
import { pickText, type PickedText } from './localized.ts';
import type { LocaleCode } from './locales.ts';

export type SentencePart = { text: string } | { record: PickedText };

// A character no translation or record text contains.
const MARK = '\u0000';

/** The values to hand to t(): a marker in place of each record text. */
export function recordMarkers(names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, `${MARK}${name}${MARK}`]));
}

/**
 * @example splitSentence('Short by 1.6 (\0target\0)', { target: { vi: '2% GDP', en: '2% of GDP' } }, 'fr')
 * // [{ text: 'Short by 1.6 (' }, { record: { text: '2% of GDP', lang: 'en', fallback: true } }, { text: ')' }]
 */
export function splitSentence(sentence: string, records: Record<string, LocalizedText>, locale: LocaleCode): SentencePart[] {
  return sentence
    .split(MARK)
    .map((piece, i) => {
      if (i % 2 === 0) return { text: piece };
      const record = records[piece];
      if (!record) throw new Error(`No record text named "${piece}" for this sentence`);
      return { record: pickText(record, locale) };
    })
    .filter((part) => !('text' in part) || part.text !== '');
}
