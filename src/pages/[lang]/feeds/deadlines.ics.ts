/** Upcoming deadlines of unfinished tasks, for a calendar. */
import type { APIRoute } from 'astro';
import { feedContext, icsHeaders } from '../../../data/feed-context.ts';
import { icsCalendar } from '../../../domain/feeds/ics.ts';
import { upcomingDeadlines } from '../../../feeds/task-feeds.ts';
import { localeParams } from '../../../i18n/static-paths.ts';

export function getStaticPaths() {
  return localeParams();
}

export const GET: APIRoute = async ({ params, site }) => {
  const { locale, t, data, taskUrl } = await feedContext(params['lang'], site);
  return new Response(
    icsCalendar(
      `${t('site.name')} — ${t('feeds.deadlines')}`,
      data.meta.asOf,
      upcomingDeadlines(data.taskViews, data.meta.asOf, locale, t, taskUrl),
    ),
    icsHeaders,
  );
};
