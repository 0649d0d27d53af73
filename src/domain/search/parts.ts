/**
 * How a locale's search index is split into parts. Pagefind holds everything it indexes in memory
 * until it writes the index (measured: ~0.6 GB at 3,000 pages, ~1.5 GB at 12,000), so at national
 * scale one index per locale would need gigabytes; parts of a bounded size keep that memory flat
 * however large the site grows. A site of up to one part's size (the bundled data; 1,300 tasks)
 * has one part.
 *
 * A search loads the first part alone, and the others only when the reader asks or the first
 * part cannot fill a page of results: Pagefind's page list costs ~9 bytes a page gzipped, so
 * loading every part at 20,000 tasks would cost ~200 kB before any word. The first part
 * therefore holds what a search most often looks for by name — every page that is not a task
 * (bodies, sources, indicators, meetings, guides: a few thousand at most) — and the tasks a
 * reader meets first, those with the earliest deadlines (past due first). The other tasks follow
 * in deadline order, one part after another, so "earliest deadline first" across parts is each
 * part's own order in turn (Pagefind's sorted scores are positions within its own index and
 * cannot be compared across indexes). Each page of a site in several parts carries a part filter,
 * so the search page can ask one part at a time.
 */
import { compareStrings } from '../compare.ts';

/** Pages per part: Pagefind stays near 1 GB while it indexes one, beside the archive packer. */
export const PAGES_PER_PART = 6000;

/** Pages without a deadline sort last, as in the search page's deadline order. */
export const NO_DEADLINE = '9999-12-31';

/** A page to index: its URL, whether it is a task's page, and its deadline if it has one. */
export interface PartPage {
  url: string;
  task: boolean;
  facets: { deadline?: string };
}

/**
 * The pages of each part. The first holds every page that is not a task, then the tasks with a
 * deadline, earliest first, up to `perPart` pages in all, cut between two deadlines (every task
 * due by the last one is in it), and the first deadline's tasks at least (so the first part can
 * say which tasks it covers). The remaining tasks, those without a deadline last, are cut into as
 * few further parts of at most `perPart` pages as possible, of near-equal size, in deadline order
 * (ties by URL, so the split is the same on every build).
 * @example splitIntoParts(3 other pages and 5 tasks due on 5 days, 4) // [3 other pages + 1st task], [tasks 2–3], [tasks 4–5]
 */
export function splitIntoParts<T extends PartPage>(pages: readonly T[], perPart: number = PAGES_PER_PART): T[][] {
  if (!Number.isInteger(perPart) || perPart < 1)
    throw new Error(`pages per search part: expected a whole number of at least 1; found ${perPart}`);
  if (pages.length <= perPart) return [[...pages]];
  // Plain code-unit order, never the locale's: the split must be the same on every machine.
  const byKey = (key: (page: T) => string) => (a: T, b: T) => compareStrings(key(a), key(b));
  const others = pages.filter((page) => !page.task).sort(byKey((page) => page.url));
  const tasks = pages.filter((page) => page.task).sort(byKey((page) => `${page.facets.deadline ?? NO_DEADLINE} ${page.url}`));
  const dated = tasks.filter((page) => page.facets.deadline !== undefined).length;
  const first = cutBetweenDeadlines(tasks, Math.min(dated, Math.max(1, perPart - others.length)), dated);
  const rest = tasks.slice(first);
  const count = Math.ceil(rest.length / perPart);
  const parts: T[][] = [[...others, ...tasks.slice(0, first)]];
  for (let i = 0; i < count; i += 1)
    parts.push(rest.slice(Math.round((i * rest.length) / count), Math.round(((i + 1) * rest.length) / count)));
  return parts;
}

/**
 * The cut nearest before `at` that falls between two deadlines, so the first part holds every task
 * due by its last deadline, and says so exactly; after `at` when the first deadline's tasks alone
 * are more than `at` (the first part then holds one day's tasks, however many).
 */
function cutBetweenDeadlines(tasks: readonly PartPage[], at: number, dated: number): number {
  const between = (i: number) => i >= dated || tasks[i]!.facets.deadline !== tasks[i - 1]!.facets.deadline;
  let cut = at;
  while (cut > 0 && !between(cut)) cut -= 1;
  if (cut > 0) return cut;
  cut = at;
  while (!between(cut)) cut += 1;
  return cut;
}

/**
 * The folder of a part under /pagefind/: the first part keeps the locale's own folder, so the
 * address of the search bundle does not depend on the site's size.
 * @example partFolder('vi', 0) // 'vi'
 * @example partFolder('vi', 2) // 'vi-3'
 */
export function partFolder(locale: string, index: number): string {
  return index === 0 ? locale : `${locale}-${index + 1}`;
}

/** The filter holding a page's part number (1, 2, …), on sites of more than one part only. */
export const PART_FILTER = 'part';

/**
 * The part filter's value of the pages that are not tasks (all in the first part): apart from the
 * first part's tasks, because they have no deadline and so come after every part's tasks when
 * results are listed earliest deadline first.
 */
export const OTHER_PAGES_PART = '0';

/** A page's value of the part filter: its part's number, or OTHER_PAGES_PART. */
export function partFilterValue(index: number, page: PartPage): string {
  return page.task ? String(index + 1) : OTHER_PAGES_PART;
}

/** The part filter's values of a part's pages, its tasks' first. */
export function partFilterValues(index: number): string[] {
  return index === 0 ? [String(index + 1), OTHER_PAGES_PART] : [String(index + 1)];
}

/**
 * Which tasks the first part holds, for the search page to say what a search of it covered: how
 * many, the latest of their deadlines, and how many tasks only the other parts hold.
 */
export function firstPartTasks(parts: readonly (readonly PartPage[])[]): {
  tasks: number;
  lastDeadline: string | undefined;
  otherTasks: number;
} {
  const tasks = (part: readonly PartPage[] | undefined) => (part ?? []).filter((page) => page.task);
  const first = tasks(parts[0]);
  return {
    tasks: first.length,
    lastDeadline: first.at(-1)?.facets.deadline,
    otherTasks: parts.slice(1).reduce((sum, part) => sum + tasks(part).length, 0),
  };
}

/** The file in a locale's first folder that lists every part's folder, read by the search page. */
export const PARTS_FILE = 'parts.json';

/**
 * What PARTS_FILE holds: the folders, first part first, and on a site in several parts the
 * sentences the search page shows, in the locale's language, under results from the first part:
 * which records they cover, and the link that searches the others too.
 */
export interface PartsFile {
  folders: string[];
  covered?: string;
  searchOthers?: string;
}
