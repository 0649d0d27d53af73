/** Every history event of every task, newest first. */
import type { APIRoute } from 'astro';
import { atomHeaders, feedContext } from '../../../data/feed-context.ts';
import { atomFeed } from '../../../domain/feeds/atom.ts';
import { eventEntries } from '../../../domain/feeds/task-feeds.ts';
import { localeParams } from '../../../i18n/static-paths.ts';

export function getStaticPaths() {
  return localeParams();
}

export const GET: APIRoute = async ({ params, site }) => {
  const { locale, t, data, url, taskUrl } = await feedContext(params['lang'], site);
  const xml = atomFeed({
    id: `tag:congkhai57.portal,2025:${locale}/events`,
    title: `${t('site.name')} — ${t('feeds.allEvents')}`,
    link: url('progress'),
    selfLink: `${url('feeds')}events.atom`,
    fallbackUpdated: data.meta.asOf,
    lang: locale,
    entries: eventEntries(data.taskViews, locale, t, taskUrl),
  });
  return new Response(xml, atomHeaders);
};
