/** The status words the CSV tables carry beside the codes, in Vietnamese and English, from the UI strings. */
import type { CodeWords, TableContext } from '../domain/open-data/tables.ts';
import { useTranslations } from './i18n.ts';

function wordsIn(lang: 'vi' | 'en'): CodeWords {
  const t = useTranslations(lang);
  return { status: (code) => t(`status.${code}` as 'status.completed'), reported: (code) => t(`reported.${code}` as 'reported.completed') };
}

export const CSV_WORDS: TableContext['words'] = { vi: wordsIn('vi'), en: wordsIn('en') };
