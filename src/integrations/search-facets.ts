/**
 * The search facets of a page, from its URL and the data: what it is; for tasks their status, lead,
 * theme, deadline month and the meeting that assigned them; for a meeting's pages and reports, that meeting.
 */
import type { TFunction } from 'i18next';
import type { IndexedDataset } from '../domain/dataset.ts';
import type { LocaleCode, Source } from '../domain/schema/index.ts';
import { textIn } from '../i18n/localized.ts';
import { parsePagePath } from '../domain/routes.ts';
import { dueMonth, type SearchFacets } from '../domain/search/index-content.ts';

/**
 * The date of the meeting a source is, or reports on (a task assigned by a news report of a
 * meeting was assigned at that meeting, as its page says: src/domain/prose/select-tasks.ts).
 */
function meetingDate(source: Source | undefined, data: IndexedDataset): { meeting?: string } {
  const meeting = source?.kind === 'meeting' ? source : source?.meeting ? data.source(source.meeting) : undefined;
  return meeting?.date ? { meeting: meeting.date } : {};
}

/** @param path a page path such as "/vi/tasks/s57-2025-10-15-08/" */
export function facetsFor(path: string, data: IndexedDataset, locale: LocaleCode, t: TFunction): SearchFacets {
  const route = parsePagePath(path);
  const section = route?.section;
  const id = route?.id;
  if (section === 'tasks' && id) {
    const view = data.taskView(id);
    if (view) {
      const lead = view.timeline.currentLead === null ? undefined : data.agency(view.timeline.currentLead);
      return {
        kind: t('search.kind.task'),
        status: t(`status.${view.status.code}`),
        ...(lead ? { body: textIn(lead.name, locale) } : {}),
        theme: t(`theme.${view.task.theme}`),
        ...meetingDate(data.source(view.task.source), data),
        due: dueMonth(view.status.deadline),
        ...(view.status.deadline ? { deadline: view.status.deadline } : {}),
      };
    }
  }
  if (section === 'bodies' && id) {
    const agency = data.agency(id);
    return { kind: t('search.kind.body'), ...(agency ? { body: textIn(agency.name, locale) } : {}) };
  }
  if (section === 'indicators') return { kind: t('search.kind.indicator') };
  if (section === 'sources') return { kind: t('search.kind.source'), ...(id ? meetingDate(data.source(id), data) : {}) };
  if (section === 'meetings' && id) return { kind: t('search.kind.page'), ...meetingDate(data.source(id), data) };
  return { kind: t('search.kind.page') };
}
