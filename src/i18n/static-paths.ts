/** getStaticPaths helpers: one page per locale, or per locale and record, or per locale and listing page. */
import type { LocaleCode } from './locales.ts';
import { builtLocales } from './built-locales.ts';
import { pageSegments, type ListingPage } from '../domain/listing/pager.ts';

export function localeParams(): { params: { lang: LocaleCode } }[] {
  return builtLocales().map((l) => ({ params: { lang: l.code } }));
}

export function localeRecordParams<T>(
  records: readonly T[],
  idOf: (record: T) => string,
): { params: { lang: LocaleCode; id: string }; props: { record: T } }[] {
  return builtLocales().flatMap((l) => records.map((record) => ({ params: { lang: l.code, id: idOf(record) }, props: { record } })));
}

/** One page per locale and listing page (src/domain/listing/pager.ts), at `<listing>/<group>/[<n>/]`. */
export function localeListingParams<T>(
  pages: readonly ListingPage<T>[],
): { params: { lang: LocaleCode; listing: string }; props: { page: ListingPage<T> } }[] {
  return builtLocales().flatMap((l) =>
    pages.map((page) => ({ params: { lang: l.code, listing: pageSegments(page.key, page.number).join('/') }, props: { page } })),
  );
}
