/** The revisions and withdrawals of every record as feed entries, so the feed of every change carries them as Changes does. */
import type { TFunction } from 'i18next';
import type { IndexedDataset } from '../domain/dataset.ts';
import type { AtomEntry } from '../domain/feeds/atom.ts';
import { allChanges } from '../domain/integrity/changes.ts';
import type { LocaleCode } from '../domain/schema/index.ts';
import { recordPage } from '../data/record-page.ts';
import type { Section } from '../domain/routes.ts';
import { textIn } from '../i18n/localized.ts';
import { revisionFieldLabel } from '../i18n/revision-field.ts';

export function revisionEntries(
  data: IndexedDataset,
  locale: LocaleCode,
  t: TFunction,
  url: (section: Section, ...rest: string[]) => string,
): AtomEntry[] {
  return allChanges(data).flatMap((change) => {
    if (change.kind !== 'revision' && change.kind !== 'withdrawal') return [];
    const { section, id, title } = recordPage(data, change.collection, change.recordId);
    const record = (data[change.collection] as readonly { id: string; revisions?: { id: string; reason: { vi: string } }[] }[]).find(
      (r) => r.id === change.recordId,
    );
    const revision = record?.revisions?.find((r) => r.id === change.eventId);
    const what =
      change.kind === 'revision'
        ? t('changes.kind_revision', { field: revisionFieldLabel(change.field ?? '', locale, t) })
        : t('changes.kind_withdrawal');
    return [
      {
        id: `tag:congkhai57.portal,2025:${change.collection}/${change.recordId}/revision/${change.eventId}`,
        title: `${title ? textIn(title, locale) : change.recordId} — ${what}`,
        updated: change.date,
        link: `${url(section, id)}#revision-${change.eventId}`,
        summary: revision ? textIn(revision.reason, locale) : what,
        lang: locale,
      },
    ];
  });
}
