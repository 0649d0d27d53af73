/**
 * Self-report beside independent assessment, on the minimal fixture, worked out by hand:
 * late-task: Ministry A's own last report "completed" (2026-04-02), assessed "completed" → agree;
 * overdue-task: its own report "in progress" (2026-03-01), assessed "not started" → disagree;
 * transferred-task: only a press report, no assessment → no assessment (and no self-report).
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { countAgreements, reviewOf } from '../../src/domain/review.ts';

const data = loadDataset(process.cwd(), 'tests/fixtures/minimal');
const review = (id: string) => reviewOf(data.taskView(id)!.timeline, data.assessmentsOf(id));

describe('reviewOf', () => {
  it('finds agreement when the assessor finds the status the body reported', () => {
    const r = review('late-task');
    expect(r.selfReport?.id).toBe('done');
    expect(r.assessment?.id).toBe('review-late-task');
    expect(r.agreement).toBe('agree');
  });

  it('flags a disagreement', () => {
    const r = review('overdue-task');
    expect([r.selfReport?.status, r.assessment?.assessment, r.agreement]).toEqual(['in_progress', 'not_started', 'disagree']);
  });

  it('does not count a press report as a self-report', () => {
    const r = review('transferred-task');
    expect(r.selfReport).toBeNull();
    expect(r.agreement).toBe('no-assessment');
  });

  it('says "no self-report" when only an assessment exists', () => {
    const view = data.taskView('transferred-task')!;
    expect(reviewOf(view.timeline, data.assessmentsOf('overdue-task')).agreement).toBe('no-self-report');
  });
});

describe('countAgreements', () => {
  it('counts Ministry A: one agreement, one disagreement', () => {
    const reviews = ['late-task', 'overdue-task', 'transferred-task'].map(review);
    expect(countAgreements(reviews)).toEqual({ agree: 1, disagree: 1, 'no-self-report': 0, 'no-assessment': 1 });
  });
});
