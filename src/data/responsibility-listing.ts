/**
 * The Responsibility listing: bodies that have tasks, grouped by kind of body (a ministry, a
 * province, a commune…), each kind cut into pages of a bounded size (src/domain/listing/pager.ts)
 * at /responsibility/<kind>/[<n>/]. Worst first.
 */
import type { IndexedDataset } from '../domain/dataset.ts';
import { groupInOrder, paginate, type Group, type ListingPage } from '../domain/listing/pager.ts';
import { bodyRecords, hasTasks, worstFirst, type BodyRecord } from '../domain/responsibility.ts';

/** Every body with tasks, worst first (src/domain/responsibility.ts), as the overview lists them. */
export function bodiesWithTasks(data: IndexedDataset): BodyRecord[] {
  return worstFirst(bodyRecords(data).filter(hasTasks));
}

/**
 * Bodies with tasks by kind, the kind of the busiest body first. Pages are cut in an order that
 * does not depend on the language (most tasks led, then id), so every locale has the same pages.
 */
export function bodiesByKind(data: IndexedDataset): Group<BodyRecord>[] {
  // worstFirst breaks ties by the records' id order, so every locale has the same pages.
  const sorted = worstFirst(bodyRecords(data).filter(hasTasks));
  return groupInOrder(sorted, (r) => data.agency(r.agencyId)!.kind);
}

export function responsibilityPages(data: IndexedDataset): ListingPage<BodyRecord>[] {
  return paginate(bodiesByKind(data));
}
