/**
 * A report found after later ones were published is added at the end of the history (the release
 * chain only grows) and dated when it happened; everything derived reads the history by date.
 * Minimal fixture, late-task: "started" (2026-02-01, in progress) and "done" (2026-04-02, completed;
 * deadline 2026-03-31). Recorded the other way round, "started" is the late find.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { dataPart } from '../../src/domain/integrity/manifest.ts';

const work = mkdtempSync(join(tmpdir(), 'ck57-late-'));
cpSync('tests/fixtures/minimal', work, { recursive: true });
const file = join(work, 'tasks', 'late-task.json');
const task = JSON.parse(readFileSync(file, 'utf8'));
task.history.reverse();
writeFileSync(file, JSON.stringify(task, null, 2));
const data = loadDataset('/', work);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a report found late', () => {
  it('is read in date order: the task was completed late, not left in progress', () => {
    const view = data.taskView('late-task')!;
    expect(view.task.history.map((e) => e.id)).toEqual(['started', 'done']);
    expect(view.status.code).toBe('completed_late');
    expect(view.status.daysLate).toBe(2);
  });

  it('keeps its recorded place in the release chain, so a release stays a prefix of the next', () => {
    expect(dataPart(data).events['late-task']!.map((link) => link.id)).toEqual(['done', 'started']);
  });
});
