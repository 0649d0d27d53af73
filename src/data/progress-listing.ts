/**
 * The Progress listing's pages, each a group cut into pages of a bounded size
 * (src/domain/listing/pager.ts):
 * - by status, past-deadline first: /progress/<status>/[<n>/];
 * - by the month of the current deadline, in calendar order: /progress/month/<YYYY-MM>/, and the
 *   tasks with no deadline at /progress/month/none/;
 * - by lead body, only for a body that leads more tasks than its own page lists
 *   (BODY_PAGE_ROWS): /progress/body/<id>/. A smaller body's page is its list, so no copy is built.
 */
import type { IndexedDataset, TaskView } from '../domain/dataset.ts';
import { groupInOrder, paginate, ROWS_PER_PAGE, type Group, type ListingPage } from '../domain/listing/pager.ts';
import { DERIVED_STATUSES } from '../domain/status.ts';
import { byUrgency, pastDeadlineTasks } from '../domain/rollups.ts';
import { compareStrings } from '../domain/compare.ts';

/** Past their deadline first: what monitors look at first. */
const GROUP_ORDER = ['past_deadline', ...DERIVED_STATUSES.filter((code) => code !== 'past_deadline')];

/** Rows of each task list on a body's own page; a body with more links to its paged list here. */
export const BODY_PAGE_ROWS = ROWS_PER_PAGE;

export const MONTH_PREFIX = 'month/';
export const NO_DEADLINE_MONTH = 'none';
export const BODY_PREFIX = 'body/';

/** What a group of the listing holds, read from its key. */
export type ProgressGroup = { by: 'status'; code: string } | { by: 'month'; month: string | null } | { by: 'body'; id: string };

export function progressGroup(key: string): ProgressGroup {
  if (key.startsWith(MONTH_PREFIX)) {
    const month = key.slice(MONTH_PREFIX.length);
    return { by: 'month', month: month === NO_DEADLINE_MONTH ? null : month };
  }
  if (key.startsWith(BODY_PREFIX)) return { by: 'body', id: key.slice(BODY_PREFIX.length) };
  return { by: 'status', code: key };
}

function statusGroups(views: readonly TaskView[]): Group<TaskView>[] {
  // Past-deadline tasks furthest past first, as on the overview; the others by urgency.
  const itemsOf = (code: string) =>
    code === 'past_deadline' ? pastDeadlineTasks(views) : byUrgency(views.filter((v) => v.status.code === code));
  return GROUP_ORDER.map((code) => ({ key: code, items: itemsOf(code) })).filter((g) => g.items.length > 0);
}

/** Months in calendar order, then the tasks with no deadline; each month's tasks most urgent first. */
function monthGroups(views: readonly TaskView[]): Group<TaskView>[] {
  const monthOf = (v: TaskView) => MONTH_PREFIX + (v.status.deadline?.slice(0, 7) ?? NO_DEADLINE_MONTH);
  return groupInOrder(byUrgency(views), monthOf).sort((a, b) => {
    const none = MONTH_PREFIX + NO_DEADLINE_MONTH;
    return a.key === none ? 1 : b.key === none ? -1 : compareStrings(a.key, b.key);
  });
}

/** Bodies whose led tasks (sole or joint) do not fit their own page, by id. */
function largeBodyGroups(data: IndexedDataset, bodyRows: number): Group<TaskView>[] {
  return data.agencies
    .map((a) => ({ key: BODY_PREFIX + a.id, items: data.tasksLedBy(a.id) }))
    .filter((g) => g.items.length > bodyRows)
    .map((g) => ({ key: g.key, items: byUrgency(g.items) }));
}

/**
 * The listing's pages; a build works them out once, in its context (src/data/build-context.ts).
 * @param bodyRows how many tasks a body's own page lists (a test passes a small number)
 */
export function progressPages(data: IndexedDataset, bodyRows = BODY_PAGE_ROWS): ListingPage<TaskView>[] {
  return paginate([...statusGroups(data.taskViews), ...monthGroups(data.taskViews), ...largeBodyGroups(data, bodyRows)]);
}
