/** Upcoming deadlines of the tasks one body leads. */
import type { APIRoute } from 'astro';
import { getDataset } from '../../../../data/dataset.ts';
import { feedContext, icsHeaders } from '../../../../data/feed-context.ts';
import { icsCalendar } from '../../../../domain/feeds/ics.ts';
import { upcomingDeadlines } from '../../../../domain/feeds/task-feeds.ts';
import { textIn } from '../../../../i18n/localized.ts';
import { localeRecordParams } from '../../../../i18n/static-paths.ts';

export async function getStaticPaths() {
  return localeRecordParams((await getDataset()).agencies, (a) => a.id);
}

export const GET: APIRoute = async ({ params, site }) => {
  const { locale, t, data, taskUrl } = await feedContext(params['lang'], site);
  const agency = data.agency(params['id']!)!;
  const led = data.taskViews.filter((v) => v.timeline.currentLead === agency.id);
  return new Response(icsCalendar(`${textIn(agency.name, locale)} — ${t('feeds.deadlines')}`, data.meta.asOf, upcomingDeadlines(led, data.meta.asOf, locale, t, taskUrl)), icsHeaders);
};
