/** The search facets of a page, from its URL and the data: what it is, and for tasks their status, lead and theme. */
import type { TFunction } from 'i18next';
import type { IndexedDataset } from '../domain/dataset.ts';
import type { LocaleCode } from '../domain/schema/index.ts';
import { textIn } from '../i18n/localized.ts';
import type { SearchFacets } from '../domain/search/index-content.ts';

/** @param path a page path such as "/vi/tasks/s57-2025-10-15-08/" */
export function facetsFor(path: string, data: IndexedDataset, locale: LocaleCode, t: TFunction): SearchFacets {
  const [, , section, id] = path.split('/');
  if (section === 'tasks' && id) {
    const view = data.taskView(id);
    if (view) {
      const lead = view.timeline.currentLead === null ? undefined : data.agency(view.timeline.currentLead);
      return {
        kind: t('search.kind.task'),
        status: t(`status.${view.status.code}`),
        ...(lead ? { body: textIn(lead.name, locale) } : {}),
        theme: t(`theme.${view.task.theme}`),
        ...(view.status.deadline ? { deadline: view.status.deadline } : {}),
      };
    }
  }
  if (section === 'bodies' && id) {
    const agency = data.agency(id);
    return { kind: t('search.kind.body'), ...(agency ? { body: textIn(agency.name, locale) } : {}) };
  }
  if (section === 'indicators') return { kind: t('search.kind.indicator') };
  if (section === 'sources') return { kind: t('search.kind.source') };
  return { kind: t('search.kind.page') };
}
