/**
 * The figures Home answers with before anything else, worked out once from the dataset: how many
 * tasks are past their deadline with no completion reported, which bodies lead the most of them
 * (all of them when several share the top count), how many targets are off track and how many
 * cannot be assessed yet, and the latest Steering Committee meeting held by the data date.
 */
import { compareStrings } from './compare.ts';
import type { IndexedDataset } from './dataset.ts';
import { indicatorProgress } from './indicators.ts';
import { bodyRecords } from './responsibility.ts';
import { pastDeadlineTasks } from './rollups.ts';

export interface HomeFigures {
  /** Tasks past their deadline with no completion reported, worst first (the Progress rule). */
  pastDeadline: number;
  /**
   * The bodies leading the most tasks past their deadline (as lead or joint lead, as counted on
   * Responsibility), in the dataset's body order; more than one when they tie. Empty when none is late.
   */
  mostBehind: { bodies: string[]; count: number };
  /** Targets: off track, not assessable (too few comparable figures), and all of them. */
  targets: { offTrack: string[]; notAssessable: number; total: number };
  /** The latest meeting held on or before the data date; null when the data records none. */
  latestMeeting: { id: string; date: string } | null;
}

/**
 * @example homeFigures(data).mostBehind // { bodies: ['ministries-sectors-localities', 'provincial-peoples-committees'], count: 2 }
 */
export function homeFigures(data: IndexedDataset): HomeFigures {
  const asOf = data.meta.asOf;
  const late = bodyRecords(data).filter((r) => r.counts.past_deadline > 0);
  const top = Math.max(0, ...late.map((r) => r.counts.past_deadline));
  const trajectories = data.indicators.map((i) => ({ id: i.id, trajectory: indicatorProgress(i, asOf).trajectory }));
  // A meeting with no recorded date cannot be placed in time, and one after the data date has not happened for this data.
  const meetings = data.sources
    .filter((s) => s.kind === 'meeting' && s.date !== null && s.date <= asOf)
    .map((s) => ({ id: s.id, date: s.date! }))
    .sort((a, b) => compareStrings(a.date, b.date) || compareStrings(a.id, b.id));
  return {
    pastDeadline: pastDeadlineTasks(data.taskViews).length,
    mostBehind: { bodies: late.filter((r) => r.counts.past_deadline === top).map((r) => r.agencyId), count: top },
    targets: {
      offTrack: trajectories.filter((t) => t.trajectory === 'off-track').map((t) => t.id),
      notAssessable: trajectories.filter((t) => t.trajectory === 'not-measurable').length,
      total: data.indicators.length,
    },
    latestMeeting: meetings.at(-1) ?? null,
  };
}
