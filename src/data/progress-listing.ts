/**
 * The Progress listing's pages: tasks grouped by status, past-deadline first, each group cut into
 * pages of a bounded size (src/domain/listing/pager.ts) at /progress/<status>/[<n>/].
 */
import type { IndexedDataset, TaskView } from '../domain/dataset.ts';
import { pageSegments, paginate, type ListingPage } from '../domain/listing/pager.ts';
import { DERIVED_STATUSES } from '../domain/status.ts';
import { byUrgency, pastDeadlineTasks } from '../domain/rollups.ts';
import { buildDataset } from './load-dataset.ts';

/** Past their deadline first: what monitors look at first. */
const GROUP_ORDER = ['past_deadline', ...DERIVED_STATUSES.filter((code) => code !== 'past_deadline')];

export function progressPages(data: IndexedDataset = buildDataset()): ListingPage<TaskView>[] {
  // Past-deadline tasks furthest past first, as on the overview; the others by urgency.
  const itemsOf = (code: string) =>
    code === 'past_deadline' ? pastDeadlineTasks(data.taskViews) : byUrgency(data.taskViews.filter((v) => v.status.code === code));
  const groups = GROUP_ORDER.map((code) => ({ key: code, items: itemsOf(code) })).filter((g) => g.items.length > 0);
  return paginate(groups);
}

/** The listing's pages as paths below the locale ("progress/past_deadline/2"), for the sitemap. */
export function progressListingPaths(data: IndexedDataset = buildDataset()): string[] {
  return progressPages(data).map((page) => ['progress', ...pageSegments(page.key, page.number)].join('/'));
}
