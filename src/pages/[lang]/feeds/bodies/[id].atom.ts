/** The history events of the tasks a body leads, newest first. */
import type { APIRoute } from 'astro';
import { getDataset } from '../../../../data/dataset.ts';
import { atomHeaders, feedContext } from '../../../../data/feed-context.ts';
import { atomFeed } from '../../../../domain/feeds/atom.ts';
import { eventEntries } from '../../../../domain/feeds/task-feeds.ts';
import { textIn } from '../../../../i18n/localized.ts';
import { localeRecordParams } from '../../../../i18n/static-paths.ts';

export async function getStaticPaths() {
  return localeRecordParams((await getDataset()).agencies, (a) => a.id);
}

export const GET: APIRoute = async ({ params, site }) => {
  const { locale, t, data, url, taskUrl } = await feedContext(params['lang'], site);
  const agency = data.agency(params['id']!)!;
  const led = data.taskViews.filter((v) => v.timeline.currentLead === agency.id);
  const xml = atomFeed({
    id: `tag:congkhai57.portal,2025:${locale}/body/${agency.id}`,
    title: textIn(agency.name, locale),
    link: url('bodies', agency.id),
    selfLink: `${url('feeds', 'bodies')}${agency.id}.atom`,
    fallbackUpdated: data.meta.asOf,
    lang: locale,
    entries: eventEntries(led, locale, t, taskUrl),
  });
  return new Response(xml, atomHeaders);
};
