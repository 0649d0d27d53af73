/** Every history event of every task, each passed deadline with no completion reported, every revision of any record, and each release note, newest first. */
import type { APIRoute } from 'astro';
import { atomHeaders, feedContext } from '../../../data/feed-context.ts';
import { atomFeed } from '../../../domain/feeds/atom.ts';
import { taskEntries } from '../../../feeds/task-feeds.ts';
import { revisionEntries } from '../../../feeds/revision-entries.ts';
import { localeParams } from '../../../i18n/static-paths.ts';
import { formatDate } from '../../../i18n/format.ts';
import { getProse, proseFoldersUnder } from '../../../data/prose.ts';

export function getStaticPaths() {
  return localeParams();
}

export const GET: APIRoute = async ({ params, site }) => {
  const { locale, t, data, url, taskUrl } = await feedContext(params['lang'], site);
  // The editors' note on each recorded release (content/pages/releases/<date>/), shown on Changes.
  const releaseNotes = await Promise.all(
    (await proseFoldersUnder('releases')).map(async (date) => {
      const note = (await getProse(`releases/${date}`, locale))!;
      return {
        id: `tag:congkhai57.portal,2025:release/${date}`,
        title: t('prose.releaseNote', { date: formatDate(date, locale) }),
        updated: date,
        link: `${url('changes')}#release-note`,
        summary: note.entry.data.description ?? note.entry.data.title,
        lang: note.lang,
      };
    }),
  );
  const xml = atomFeed({
    id: `tag:congkhai57.portal,2025:${locale}/events`,
    title: `${t('site.name')} — ${t('feeds.allEvents')}`,
    link: url('progress'),
    selfLink: `${url('feeds')}events.atom`,
    fallbackUpdated: data.meta.asOf,
    lang: locale,
    entries: [...releaseNotes, ...taskEntries(data.taskViews, locale, t, taskUrl, data.agency), ...revisionEntries(data, locale, t, url)],
  });
  return new Response(xml, atomHeaders);
};
