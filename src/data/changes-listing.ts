/**
 * The Changes listing, worked out once per build (in its context, src/data/build-context.ts) and shared by its overview (/changes/) and its
 * pages (/changes/<group>/[<n>/]): changes by month, newest first; changes since the recorded
 * release; records not updated for too long; completions with no independent assessment. Each
 * group is cut into pages of a bounded size (src/domain/listing/pager.ts).
 */
import { compareStrings } from '../domain/compare.ts';
import type { IndexedDataset, TaskView } from '../domain/dataset.ts';
import { allChanges, changesSinceRelease, type Change } from '../domain/integrity/changes.ts';
import { groupInOrder, paginate, type ListingPage } from '../domain/listing/pager.ts';
import { dataPart } from '../domain/integrity/manifest.ts';
import { releaseStanding, type RecordedRelease } from './releases.ts';

/** The groups that are not months. */
export const RELEASE_GROUP = 'since-release';
export const STALE_GROUP = 'stale';
export const UNASSESSED_GROUP = 'unassessed';

export type ChangesRow = { change: Change } | { view: TaskView };

export interface ChangesListing {
  changes: Change[];
  /** The release compared with: the latest recorded, or the one before when this data is that release. */
  release: RecordedRelease | undefined;
  /** The newest recorded release at or before the data date; this data's own when isLatest. */
  latest: RecordedRelease | undefined;
  /** This data is exactly the latest recorded release (same data hash), not merely of the same date. */
  isLatest: boolean;
  sinceRelease: Change[];
  /** Months (YYYY-MM) with changes, newest first, and how many each has. */
  months: { month: string; count: number }[];
  stale: TaskView[];
  unassessed: TaskView[];
  pages: ListingPage<ChangesRow>[];
}

/**
 * The release this data is compared with. When the data is itself the latest release, the one
 * before it, never itself; when it adds to a release of the same date (corrections made after
 * recording it), that release, so the additions show as changes since it.
 */
export function comparedRelease(data: IndexedDataset, known: KnownToBuild = {}): Pick<ChangesListing, 'release' | 'latest' | 'isLatest'> {
  const { dataHash = dataPart(data).dataHash, root = process.cwd(), releasesDir } = known;
  const standing = releaseStanding(root, data.meta.asOf, dataHash, releasesDir);
  const { latest } = standing;
  // For readers, data of the release's own date with nothing listed since it is that release, even
  // when its hash moved (a field the contract gained later, a translation added): never "changes
  // since" a release that has none.
  const sameDateNoChanges =
    latest !== undefined &&
    latest.manifest.dataDate === data.meta.asOf &&
    changesSinceRelease(data, latest.manifest, latest.records?.value ?? null).length === 0;
  const isLatest = standing.isLatest || sameDateNoChanges;
  return { latest, isLatest, release: isLatest ? standing.before : latest };
}

/** What a build knows already: the data's hash, and where its releases are (the current folder's, unless given). */
export interface KnownToBuild {
  dataHash?: string;
  root?: string;
  releasesDir?: string | null;
}

export function changesListing(data: IndexedDataset, known: KnownToBuild = {}): ChangesListing {
  const changes = allChanges(data);
  const { release, latest, isLatest } = comparedRelease(data, known);
  const sinceRelease = release ? changesSinceRelease(data, release.manifest, release.records?.value ?? null) : [];
  const stale = data.taskViews
    .filter((v) => v.stale)
    .sort((a, b) => b.daysSinceUpdate - a.daysSinceUpdate || compareStrings(a.task.id, b.task.id));
  const unassessed = data.taskViews.filter((v) => v.status.reported === 'completed' && data.assessmentsOf(v.task.id).length === 0);
  const byMonth = groupInOrder(changes, (c) => c.date.slice(0, 7));
  const rows = (items: readonly Change[]) => items.map((change) => ({ change }));
  const views = (items: readonly TaskView[]) => items.map((view) => ({ view }));
  const pages = paginate<ChangesRow>([
    ...byMonth.map((group) => ({ key: group.key, items: rows(group.items) })),
    ...(release ? [{ key: RELEASE_GROUP, items: rows(sinceRelease) }] : []),
    { key: STALE_GROUP, items: views(stale) },
    { key: UNASSESSED_GROUP, items: views(unassessed) },
  ]);
  return {
    changes,
    release,
    latest,
    isLatest,
    sinceRelease,
    months: byMonth.map((g) => ({ month: g.key, count: g.items.length })),
    stale,
    unassessed,
    pages,
  };
}
