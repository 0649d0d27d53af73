/**
 * The files published for each record: a task's feed and JSON record, a body's feed and deadline
 * calendar. Pure functions from the data to the text of each file, at stable paths under the site.
 */
import type { Agency } from '../domain/schema/index.ts';
import type { DatasetMeta } from '../domain/schema/index.ts';
import type { TaskView } from '../domain/dataset.ts';
import { textIn } from '../i18n/localized.ts';
import { atomFeed } from '../domain/feeds/atom.ts';
import { icsCalendar } from '../domain/feeds/ics.ts';
import { taskEntries, upcomingDeadlines } from './task-feeds.ts';
import type { FeedContext } from './context.ts';

/** One task's history, and its passed deadline if no completion is reported, as an Atom feed: /<locale>/feeds/tasks/<id>.atom */
export function taskFeed(view: TaskView, { locale, t, data, url, taskUrl }: FeedContext): string {
  return atomFeed({
    id: `tag:congkhai57.portal,2025:${locale}/task/${view.task.id}`,
    title: textIn(view.task.title, locale),
    link: taskUrl(view.task.id),
    selfLink: `${url('feeds', 'tasks')}${view.task.id}.atom`,
    fallbackUpdated: data.meta.asOf,
    lang: locale,
    entries: taskEntries([view], locale, t, taskUrl, data.agency),
  });
}

/** The history events and passed deadlines of the tasks a body leads, newest first: /<locale>/feeds/bodies/<id>.atom */
export function bodyFeed(agency: Agency, { locale, t, data, url, taskUrl }: FeedContext): string {
  return atomFeed({
    id: `tag:congkhai57.portal,2025:${locale}/body/${agency.id}`,
    title: textIn(agency.name, locale),
    link: url('bodies', agency.id),
    selfLink: `${url('feeds', 'bodies')}${agency.id}.atom`,
    fallbackUpdated: data.meta.asOf,
    lang: locale,
    entries: taskEntries(data.tasksLedBy(agency.id), locale, t, taskUrl, data.agency),
  });
}

/** Upcoming deadlines of the tasks a body leads: /<locale>/feeds/bodies/<id>.ics */
export function bodyCalendar(agency: Agency, { locale, t, data, taskUrl }: FeedContext): string {
  const { asOf } = data.meta;
  return icsCalendar(
    `${textIn(agency.name, locale)} — ${t('feeds.deadlines')}`,
    asOf,
    upcomingDeadlines(data.tasksLedBy(agency.id), asOf, locale, t, taskUrl),
  );
}

/**
 * A task's record as JSON (/data/tasks/<id>.json): the data as published plus what the portal
 * derived from it at the data date, so a reader can check one against the other.
 */
export function taskRecordJson(view: TaskView, meta: DatasetMeta): string {
  const record = {
    asOf: meta.asOf,
    licence: meta.licence.id,
    task: view.task,
    derived: {
      status: view.status,
      currentDeadline: view.timeline.currentDeadline,
      currentLead: view.timeline.currentLead,
      lastUpdate: view.timeline.lastUpdate,
      daysSinceUpdate: view.daysSinceUpdate,
      stale: view.stale,
    },
  };
  return `${JSON.stringify(record, null, 2)}\n`;
}
