/** What every feed needs: the locale, its translations, the data and absolute page URLs. */
import { siteUrl } from '../site-url.ts';
import type { TFunction } from 'i18next';
import type { IndexedDataset } from '../domain/dataset.ts';
import { useTranslations } from '../i18n/i18n.ts';
import type { LocaleCode } from '../i18n/locales.ts';
import { localePath } from '../i18n/paths.ts';

export interface FeedContext {
  locale: LocaleCode;
  t: TFunction;
  data: IndexedDataset;
  /** Absolute URL of a page of this locale. */
  url: (...segments: string[]) => string;
  taskUrl: (taskId: string) => string;
}

export function makeFeedContext(locale: LocaleCode, data: IndexedDataset, site: URL | undefined): FeedContext {
  const base = siteUrl(site);
  const url = (...segments: string[]) => new URL(localePath(locale, ...segments), base).href;
  return { locale, t: useTranslations(locale), data, url, taskUrl: (id) => url('tasks', id) };
}
