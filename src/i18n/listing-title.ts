/** A listing page's title: its heading, and "(Page n of m)" when its group has several pages. */
import type { ListingPage } from '../domain/listing/pager.ts';
import { formatNumber } from './format.ts';
import { useTranslations } from './i18n.ts';
import type { LocaleCode } from './locales.ts';

export function listingTitle(heading: string, page: ListingPage<unknown>, locale: LocaleCode): string {
  if (page.pageCount === 1) return heading;
  const t = useTranslations(locale);
  return `${heading} (${t('listing.page', { number: formatNumber(page.number, locale), total: formatNumber(page.pageCount, locale) })})`;
}
