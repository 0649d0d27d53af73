/** Turn tasks into feed entries and calendar events, in one reader's language. */
import type { TFunction } from 'i18next';
import type { TaskView } from '../domain/dataset.ts';
import { addDays } from '../domain/dates.ts';
import type { Agency, LocaleCode } from '../domain/schema/index.ts';
import { formatDate } from '../i18n/format.ts';
import { lastReportText } from '../i18n/last-report.ts';
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

/**
 * One entry per task past its deadline with no completion reported at the data date: the
 * portal's headline state, which no history event announces. Its id names the task and the
 * deadline (a moved deadline, once passed, is a new entry), and it is dated the day the deadline
 * passed, the day after it, so it never changes from one build to the next.
 */
export function pastDeadlineEntries(
  views: readonly TaskView[],
  locale: LocaleCode,
  t: TFunction,
  pageUrl: (taskId: string) => string,
  agency: (id: string) => Agency | undefined,
): AtomEntry[] {
  return views
    .filter((v) => v.status.code === 'past_deadline')
    .map((v) => {
      const deadline = v.status.deadline!;
      const leadId = v.timeline.currentLead;
      const lead = leadId === null ? undefined : agency(leadId);
      return {
        id: `tag:congkhai57.portal,2025:task/${v.task.id}/past-deadline/${deadline}`,
        title: t('feeds.pastDeadlineTitle', { title: textIn(v.task.title, locale), date: formatDate(deadline, locale) }),
        updated: addDays(deadline, 1),
        link: pageUrl(v.task.id),
        summary: t('feeds.pastDeadlineSummary', {
          body: lead ? textIn(lead.name, locale) : t('common.notNamed'),
          report: lastReportText(v.status, locale, t),
        }),
        lang: locale,
      };
    });
}

/** Everything a feed of these tasks holds: each history event, and each passed deadline with no completion. */
export function taskEntries(...args: Parameters<typeof pastDeadlineEntries>): AtomEntry[] {
  const [views, locale, t, pageUrl] = args;
  return [...eventEntries(views, locale, t, pageUrl), ...pastDeadlineEntries(...args)];
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
