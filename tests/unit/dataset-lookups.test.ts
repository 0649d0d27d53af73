/**
 * The lookups pages use instead of filtering every task (src/domain/dataset.ts), and the page
 * types the benchmark and the size budgets group pages by (src/data/site-files.ts), against
 * answers read off the minimal fixture by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { pageType } from '../../src/data/site-files.ts';
import { indexDataset } from '../../src/domain/dataset.ts';

const fixture = loadDataset(process.cwd(), 'tests/fixtures/minimal');
const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);
const taskIds = (views: readonly { task: { id: string } }[]) => views.map((v) => v.task.id);

describe('dataset lookups', () => {
  it('lists the tasks a body currently leads, after transfers', () => {
    expect(taskIds(fixture.tasksLedBy('ministry-a'))).toEqual(['late-task', 'overdue-task']);
    expect(taskIds(fixture.tasksLedBy('ministry-b'))).toEqual(['transferred-task']);
    expect(fixture.tasksLedBy('nobody')).toEqual([]);
  });

  it('lists the tasks a source assigned and those that cite it', () => {
    expect(taskIds(fixture.tasksAssignedBy('meeting-x'))).toEqual(['late-task', 'overdue-task', 'transferred-task']);
    expect(fixture.tasksCiting('meeting-x')).toEqual([]);
  });

  it("lists a task's independent assessments", () => {
    expect(ids(fixture.assessmentsOf('overdue-task'))).toEqual(['review-overdue-task']);
    expect(ids(fixture.assessmentsOf('late-task'))).toEqual(['review-late-task']);
    expect(fixture.assessmentsOf('transferred-task')).toEqual([]);
  });

  it('lists bodies under a body, and citations, once each however often a task repeats them', () => {
    const [a, b] = fixture.agencies;
    const [late, overdue] = fixture.tasks;
    const data = indexDataset({
      ...fixture,
      agencies: [a!, { ...b!, parent: 'ministry-a' }],
      tasks: [{ ...late!, citedIn: ['meeting-x', 'meeting-x'] }, overdue!],
    });
    expect(ids(data.childrenOf('ministry-a'))).toEqual(['ministry-b']);
    expect(data.childrenOf('ministry-b')).toEqual([]);
    expect(taskIds(data.tasksCiting('meeting-x'))).toEqual(['late-task']);
  });
});

describe('pageType', () => {
  it.each([
    ['vi/index.html', 'home'],
    ['/en/progress/index.html', 'progress'],
    ['ru/tasks/s57-2025-10-15-08/index.html', 'tasks/*'],
    ['vi/tasks/x/feed.atom', null],
    ['pagefind/vi/index.html', null],
    ['404.html', null],
  ])('%s is %s', (path, type) => {
    expect(pageType(path)).toBe(type);
  });
});
