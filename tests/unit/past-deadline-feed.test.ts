/**
 * The feeds carry the headline state: one item per task past its deadline with no completion
 * reported, counted by hand on the frozen fixture (data date 13 March 2026). Six tasks are past
 * their deadline (see tests/e2e/pages.spec.ts): each item is dated the day after its deadline.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { makeFeedContext } from '../../src/feeds/context.ts';
import { bodyFeed, taskFeed } from '../../src/feeds/record-files.ts';
import { pastDeadlineEntries, taskEntries } from '../../src/feeds/task-feeds.ts';
import { useTranslations } from '../../src/i18n/i18n.ts';
import { FIXTURE_CONTENT } from '../support/fixture.ts';

const data = loadDataset(process.cwd(), FIXTURE_CONTENT);
const url = (id: string) => `https://portal.example/en/tasks/${id}/`;
const tag = (task: string, deadline: string) => `tag:congkhai57.portal,2025:task/${task}/past-deadline/${deadline}`;

describe('past-deadline feed items', () => {
  const entries = pastDeadlineEntries(data.taskViews, 'en', useTranslations('en'), url, data.agency);

  it('give one item per task past its deadline, with an id naming the task and the deadline', () => {
    expect(entries.map((e) => [e.id, e.updated]).sort()).toEqual(
      [
        [tag('s57-2025-10-15-13', '2025-10-18'), '2025-10-19'],
        [tag('x-2025-06-19-11-phase-1', '2025-06-30'), '2025-07-01'],
        [tag('x-2025-06-19-11-phase-2', '2025-12-31'), '2026-01-01'],
        [tag('x-2025-08-08-12-commune-services', '2025-08-15'), '2025-08-16'],
        [tag('x-2025-08-08-12-electronic-dossiers', '2025-10-01'), '2025-10-02'],
        [tag('x-2025-12-18-13-data-center-decree', '2026-01-31'), '2026-02-01'],
      ].sort(),
    );
  });

  it('say the task is past its deadline, and name the lead body and the last report', () => {
    const phase1 = entries.find((e) => e.id === tag('x-2025-06-19-11-phase-1', '2025-06-30'))!;
    expect(phase1.title).toMatch(/: past its deadline of 30 June 2025, no completion reported$/);
    expect(phase1.summary).toBe('Lead body: Ministries, sectors and localities; last report: In progress, 28 June 2025.');
    expect(phase1.link).toBe(url('x-2025-06-19-11-phase-1'));
    const commune = entries.find((e) => e.id === tag('x-2025-08-08-12-commune-services', '2025-08-15'))!;
    expect(commune.summary).toMatch(/; no report at all\.$/);
  });

  it('are written in the reader’s language', () => {
    const vi = pastDeadlineEntries(data.taskViews, 'vi', useTranslations('vi'), url, data.agency);
    const phase1 = vi.find((e) => e.id === tag('x-2025-06-19-11-phase-1', '2025-06-30'))!;
    expect(phase1.title).toMatch(/: quá thời hạn ngày 30 tháng 6 năm 2025, chưa báo cáo hoàn thành$/);
    expect(phase1.summary.startsWith('Cơ quan chủ trì: Các bộ, ngành, địa phương; báo cáo gần nhất: ')).toBe(true);
  });

  it('join the 6 history events in the feed of every change: 12 items', () => {
    expect(taskEntries(data.taskViews, 'en', useTranslations('en'), url, data.agency)).toHaveLength(12);
  });

  it('appear in the task’s own feed and in its lead body’s feed', () => {
    const context = makeFeedContext('en', data, new URL('https://portal.example/'));
    // Plan 02 phase 1: 2 status reports and its passed deadline.
    const phase1 = taskFeed(data.taskView('x-2025-06-19-11-phase-1')!, context);
    expect(phase1.match(/<entry /g)).toHaveLength(3);
    expect(phase1).toContain(`<id>${tag('x-2025-06-19-11-phase-1', '2025-06-30')}</id>`);
    // Ministries, sectors and localities lead phases 1 and 2 (both past their deadline) and one task
    // with neither deadline nor report: 2 status reports and 2 passed deadlines.
    const body = bodyFeed(data.agency('ministries-sectors-localities')!, context);
    expect(body.match(/<entry /g)).toHaveLength(4);
    expect(body.match(/past-deadline/g)).toHaveLength(2);
    // A task still within its deadline gets no such item: due 2026-03-31.
    expect(taskFeed(data.taskView('s57-2025-10-15-08')!, context)).not.toContain('past-deadline');
  });
});
