/**
 * The Responsibility listing: bodies that have tasks, grouped by kind of body (a ministry, a
 * province, a commune…), each kind cut into pages of a bounded size (src/domain/listing/pager.ts)
 * at /responsibility/<kind>/[<n>/]. Busiest bodies first.
 */
import type { IndexedDataset } from '../domain/dataset.ts';
import { groupInOrder, pageSegments, paginate, type Group, type ListingPage } from '../domain/listing/pager.ts';
import { bodyRecords, hasTasks, type BodyRecord } from '../domain/responsibility.ts';
import { textIn } from '../i18n/localized.ts';
import type { LocaleCode } from '../i18n/locales.ts';
import { buildDataset } from './load-dataset.ts';

/** Most tasks led first; ties in the reader's alphabetical order of names. */
export function byLeadsThenName(data: IndexedDataset, locale: LocaleCode) {
  const name = (r: BodyRecord) => textIn(data.agency(r.agencyId)!.name, locale);
  return (a: BodyRecord, b: BodyRecord) => b.leads.length - a.leads.length || name(a).localeCompare(name(b), locale);
}

/** Every body with tasks, in the order the overview lists them for `locale`. */
export function bodiesWithTasks(data: IndexedDataset, locale: LocaleCode): BodyRecord[] {
  return bodyRecords(data).filter(hasTasks).sort(byLeadsThenName(data, locale));
}

/**
 * Bodies with tasks by kind, the kind of the busiest body first. Pages are cut in an order that
 * does not depend on the language (most tasks led, then id), so every locale has the same pages.
 */
export function bodiesByKind(data: IndexedDataset = buildDataset()): Group<BodyRecord>[] {
  const sorted = bodyRecords(data)
    .filter(hasTasks)
    .sort((a, b) => b.leads.length - a.leads.length || (a.agencyId < b.agencyId ? -1 : a.agencyId > b.agencyId ? 1 : 0));
  return groupInOrder(sorted, (r) => data.agency(r.agencyId)!.kind);
}

export function responsibilityPages(data: IndexedDataset = buildDataset()): ListingPage<BodyRecord>[] {
  return paginate(bodiesByKind(data));
}

/** The listing's pages as paths below the locale ("responsibility/commune/2"), for the sitemap. */
export function responsibilityListingPaths(data: IndexedDataset = buildDataset()): string[] {
  return responsibilityPages(data).map((page) => ['responsibility', ...pageSegments(page.key, page.number)].join('/'));
}
