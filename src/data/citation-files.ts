/**
 * Each record's citation as a BibTeX file, /data/cite/<kind>/<id>.bib, one per record (not per
 * language: it cites the Vietnamese page, the original), written with the other per-record files
 * and linked, with its size, from the record's "Cite this" box. Same function, same bytes.
 */
import type { BuildContext } from './build-context.ts';
import type { IndexedDataset } from '../domain/dataset.ts';
import { recordRelease } from './release-standing.ts';
import { bibtex } from '../domain/citation.ts';
import type { RecordKind } from '../domain/integrity/standing.ts';
import type { LocalizedText } from '../domain/schema/index.ts';
import { localePath } from '../i18n/paths.ts';
import { recordSection } from '../domain/routes.ts';
import { permalink } from '../site-url.ts';

/** Where a record's .bib file is published. */
export const citationPath = (kind: RecordKind, id: string): string => `/data/cite/${kind}/${id}.bib`;

function titleOf(data: IndexedDataset, kind: RecordKind, id: string): LocalizedText {
  const record =
    kind === 'tasks'
      ? data.taskView(id)?.task.title
      : kind === 'agencies'
        ? data.agency(id)?.name
        : kind === 'sources'
          ? data.source(id)?.title
          : data.indicator(id)?.name;
  if (!record) throw new Error(`No ${kind} record "${id}" in this build's data.`);
  return record;
}

export function citationBib(context: BuildContext, kind: RecordKind, id: string, site: URL | string | undefined): string {
  const { hash, standing, release } = recordRelease(context, kind, id);
  return bibtex({
    kind,
    id,
    title: titleOf(context.dataset, kind, id).vi,
    url: permalink(localePath('vi', recordSection(kind), id), site),
    asOf: context.dataset.meta.asOf,
    hash,
    release: release && standing ? { date: release, standing } : null,
    language: 'vi',
  });
}

/** Every record to write a file for, by kind. */
export function citedRecords(data: IndexedDataset): [RecordKind, string][] {
  return [
    ...data.tasks.map((r) => ['tasks', r.id] as [RecordKind, string]),
    ...data.agencies.map((r) => ['agencies', r.id] as [RecordKind, string]),
    ...data.sources.map((r) => ['sources', r.id] as [RecordKind, string]),
    ...data.indicators.map((r) => ['indicators', r.id] as [RecordKind, string]),
  ];
}
