/** What every feed needs: the locale, its translations, the data and absolute page URLs. */
import { permalink } from '../site-url.ts';
import type { TFunction } from 'i18next';
import type { IndexedDataset } from '../domain/dataset.ts';
import { useTranslations } from '../i18n/i18n.ts';
import type { LocaleCode } from '../i18n/locales.ts';
import { localePath } from '../i18n/paths.ts';
import type { Section } from '../domain/routes.ts';

export interface FeedContext {
  locale: LocaleCode;
  t: TFunction;
  data: IndexedDataset;
  /** The address of a page of this locale: absolute when the site's address is set. */
  url: (section: Section, ...rest: string[]) => string;
  taskUrl: (taskId: string) => string;
}

export function makeFeedContext(locale: LocaleCode, data: IndexedDataset, site: URL | undefined): FeedContext {
  // Relative when the build has no address (Atom allows relative links; see README › Site address).
  const url = (section: Section, ...rest: string[]) => permalink(localePath(locale, section, ...rest), site);
  return { locale, t: useTranslations(locale), data, url, taskUrl: (id) => url('tasks', id) };
}
