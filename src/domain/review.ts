/**
 * A monitor's question about a task: what does the responsible body say of itself, what did an
 * independent assessor find, and do they agree? Only the body's own reports count as
 * self-reports; Steering Committee, oversight and press reports are neither (they stay in the
 * history), and an assessment is a record of content/assessments/.
 */
import type { Assessment } from './schema/index.ts';
import type { EffectiveEvent, Timeline } from './timeline.ts';

export type SelfReport = Extract<EffectiveEvent, { type: 'status' }>;

export type Agreement = 'agree' | 'disagree' | 'no-self-report' | 'no-assessment';

export interface Review {
  /** The latest status report made by the responsible body itself, as corrected. */
  selfReport: SelfReport | null;
  /** The latest independent assessment (by date, then id). */
  assessment: Assessment | null;
  /** Whether they find the same status; only meaningful when there are both. */
  agreement: Agreement;
}

/** `assessments` must be in date order, oldest first (as IndexedDataset.assessmentsOf gives them). */
export function reviewOf(timeline: Timeline, assessments: readonly Assessment[]): Review {
  const selfReport = timeline.statusReports.filter((e) => e.reporter === 'responsible-body').at(-1) ?? null;
  const assessment = assessments.at(-1) ?? null;
  const agreement: Agreement =
    assessment === null
      ? 'no-assessment'
      : selfReport === null
        ? 'no-self-report'
        : selfReport.status === assessment.assessment
          ? 'agree'
          : 'disagree';
  return { selfReport, assessment, agreement };
}

export type AgreementCounts = Record<Agreement, number>;

/** How many of these reviews fall under each agreement; every key present, zeros included. */
export function countAgreements(reviews: readonly Review[]): AgreementCounts {
  const counts: AgreementCounts = { agree: 0, disagree: 0, 'no-self-report': 0, 'no-assessment': 0 };
  for (const review of reviews) counts[review.agreement] += 1;
  return counts;
}
