/**
 * The Progress listing's pages: tasks grouped by status, past-deadline first, each group cut into
 * pages of a bounded size (src/domain/listing/pager.ts) at /progress/<status>/[<n>/].
 */
import type { IndexedDataset, TaskView } from '../domain/dataset.ts';
import { pageSegments, paginate, type ListingPage } from '../domain/listing/pager.ts';
import { DERIVED_STATUSES } from '../domain/status.ts';
import { overdueTasks } from '../domain/rollups.ts';
import { buildDataset } from './load-dataset.ts';

/** Past their deadline first: what monitors look at first. */
const GROUP_ORDER = ['overdue', ...DERIVED_STATUSES.filter((code) => code !== 'overdue')];

export function progressPages(data: IndexedDataset = buildDataset()): ListingPage<TaskView>[] {
  // Past-deadline tasks most overdue first, as on the overview; the others in the dataset's order.
  const itemsOf = (code: string) => (code === 'overdue' ? overdueTasks(data.taskViews) : data.taskViews.filter((v) => v.status.code === code));
  const groups = GROUP_ORDER.map((code) => ({ key: code, items: itemsOf(code) })).filter((g) => g.items.length > 0);
  return paginate(groups);
}

/** The listing's pages as paths below the locale ("progress/overdue/2"), for the sitemap. */
export function progressListingPaths(data: IndexedDataset = buildDataset()): string[] {
  return progressPages(data).map((page) => ['progress', ...pageSegments(page.key, page.number)].join('/'));
}
