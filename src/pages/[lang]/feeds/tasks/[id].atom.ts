/** One task's history as a feed. */
import type { APIRoute } from 'astro';
import { getDataset } from '../../../../data/dataset.ts';
import { atomHeaders, feedContext } from '../../../../data/feed-context.ts';
import { atomFeed } from '../../../../domain/feeds/atom.ts';
import { eventEntries } from '../../../../domain/feeds/task-feeds.ts';
import { textIn } from '../../../../i18n/localized.ts';
import { localeRecordParams } from '../../../../i18n/static-paths.ts';

export async function getStaticPaths() {
  return localeRecordParams((await getDataset()).taskViews, (v) => v.task.id);
}

export const GET: APIRoute = async ({ params, site }) => {
  const { locale, t, data, url, taskUrl } = await feedContext(params['lang'], site);
  const view = data.taskView(params['id']!)!;
  const xml = atomFeed({
    id: `tag:congkhai57.portal,2025:${locale}/task/${view.task.id}`,
    title: textIn(view.task.title, locale),
    link: taskUrl(view.task.id),
    selfLink: `${url('feeds', 'tasks')}${view.task.id}.atom`,
    fallbackUpdated: data.meta.asOf,
    lang: locale,
    entries: eventEntries([view], locale, t, taskUrl),
  });
  return new Response(xml, atomHeaders);
};
