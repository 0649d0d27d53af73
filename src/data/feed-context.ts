/** The feed context of an Astro endpoint: the build's dataset, in the locale of the route. */
import type { LocaleCode } from '../i18n/locales.ts';
import { makeFeedContext, type FeedContext } from '../feeds/context.ts';
import { getDataset } from './dataset.ts';

export type { FeedContext };

export async function feedContext(lang: string | undefined, site: URL | undefined): Promise<FeedContext> {
  return makeFeedContext(lang as LocaleCode, await getDataset(), site);
}

export const atomHeaders = { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } };
export const icsHeaders = { headers: { 'content-type': 'text/calendar; charset=utf-8' } };
