/** What every feed endpoint needs: the locale, its translations, the data and absolute page URLs. */
import type { TFunction } from 'i18next';
import type { IndexedDataset } from '../domain/dataset.ts';
import { useTranslations } from '../i18n/i18n.ts';
import type { LocaleCode } from '../i18n/locales.ts';
import { localePath } from '../i18n/paths.ts';
import { getDataset } from './dataset.ts';

export interface FeedContext {
  locale: LocaleCode;
  t: TFunction;
  data: IndexedDataset;
  /** Absolute URL of a page of this locale. */
  url: (...segments: string[]) => string;
  taskUrl: (taskId: string) => string;
}

export async function feedContext(lang: string | undefined, site: URL | undefined): Promise<FeedContext> {
  const locale = lang as LocaleCode;
  const base = site ?? new URL('http://localhost:4321');
  const url = (...segments: string[]) => new URL(localePath(locale, ...segments), base).href;
  return { locale, t: useTranslations(locale), data: await getDataset(), url, taskUrl: (id) => url('tasks', id) };
}

export const atomHeaders = { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } };
export const icsHeaders = { headers: { 'content-type': 'text/calendar; charset=utf-8' } };
