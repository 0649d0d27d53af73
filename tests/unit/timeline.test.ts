import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { leadHistory, readTimeline } from '../../src/domain/timeline.ts';
import { taskSchema } from '../../src/domain/schema/index.ts';

const transferred = taskSchema.parse(JSON.parse(readFileSync('tests/fixtures/minimal/tasks/transferred-task.json', 'utf8')));

describe('readTimeline', () => {
  it('keeps the original deadline and reports the moved one as current', () => {
    const timeline = readTimeline(transferred, '2026-04-10');
    expect(timeline.originalDeadline).toBe('2026-02-28');
    expect(timeline.currentDeadline).toBe('2026-05-31');
  });

  it('keeps every earlier lead body and names the new one as current', () => {
    const timeline = readTimeline(transferred, '2026-04-10');
    expect(timeline.currentLead).toBe('ministry-b');
    expect(leadHistory(timeline)).toEqual(['ministry-a', 'ministry-b']);
  });

  it('does not apply a transfer that takes effect after the "as of" date', () => {
    const timeline = readTimeline(transferred, '2026-02-25');
    expect(timeline.currentLead).toBe('ministry-a');
    // The deadline change of 2026-02-20 is a decision, not a report of progress: the task has had
    // no report since its assignment on 2026-01-05.
    expect(timeline.lastUpdate).toBe('2026-01-05');
    expect(timeline.lastReport).toBeNull();
  });
});
