/** getStaticPaths helpers: one page per locale, or per locale and record. */
import { LOCALES, type LocaleCode } from './locales.ts';

export function localeParams(): { params: { lang: LocaleCode } }[] {
  return LOCALES.map((l) => ({ params: { lang: l.code } }));
}

export function localeRecordParams<T>(records: readonly T[], idOf: (record: T) => string): { params: { lang: LocaleCode; id: string }; props: { record: T } }[] {
  return LOCALES.flatMap((l) => records.map((record) => ({ params: { lang: l.code, id: idOf(record) }, props: { record } })));
}
