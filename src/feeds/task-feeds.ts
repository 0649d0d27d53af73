/** Turn tasks into feed entries and calendar events, in one reader's language. */
import type { TFunction } from 'i18next';
import type { TaskView } from '../domain/dataset.ts';
import type { LocaleCode } from '../domain/schema/index.ts';
import { textIn } from '../i18n/localized.ts';
import { isFinished } from '../domain/status.ts';
import { eventText } from '../domain/timeline.ts';
import type { AtomEntry } from '../domain/feeds/atom.ts';
import type { CalendarEvent } from '../domain/feeds/ics.ts';

export function eventEntries(
  views: readonly TaskView[],
  locale: LocaleCode,
  t: TFunction,
  pageUrl: (taskId: string) => string,
): AtomEntry[] {
  return views.flatMap((v) =>
    v.task.history.map((event) => ({
      id: `tag:congkhai57.portal,2025:task/${v.task.id}/event/${event.id}`,
      title: `${textIn(v.task.title, locale)} — ${t(`event.${event.type}`)}`,
      updated: event.date,
      link: `${pageUrl(v.task.id)}#event-${event.id}`,
      summary:
        event.type === 'status'
          ? `${t(`reported.${event.status}`)}: ${textIn(event.note, locale)}`
          : textIn(eventText(event) ?? { vi: t(`event.${event.type}`) }, locale),
      lang: locale,
    })),
  );
}

/** Deadlines on or after the data date of tasks not yet finished. */
export function upcomingDeadlines(
  views: readonly TaskView[],
  asOf: string,
  locale: LocaleCode,
  t: TFunction,
  pageUrl: (taskId: string) => string,
): CalendarEvent[] {
  return views
    .filter((v) => v.status.deadline !== null && v.status.deadline >= asOf && !isFinished(v.status.code))
    .map((v) => ({
      uid: `${v.task.id}-deadline@congkhai57.portal`,
      date: v.status.deadline!,
      summary: `${t('task.deadline')}: ${textIn(v.task.title, locale)}`,
      description: `${t(`status.${v.status.code}`)}. ${pageUrl(v.task.id)}`,
      url: pageUrl(v.task.id),
    }));
}
