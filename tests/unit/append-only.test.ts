/**
 * Every published value is append-only: each attack an adversary tried on the 2026-03-13 release
 * is refused, naming the file, the field, the published value and the new one; additions
 * (a translation, an event, a revision, a withdrawal) pass.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { recordedReleases } from '../../src/data/releases.ts';
import { indexDataset, rawRecords, type Dataset } from '../../src/domain/dataset.ts';
import { guardRelease } from '../../src/domain/integrity/guard.ts';
import { fieldChanges, withdrawalOf } from '../../src/domain/revisions.ts';
import { FIXTURE_CONTENT, FIXTURE_RELEASES } from '../support/fixture.ts';

const C = FIXTURE_CONTENT;
const release = recordedReleases(process.cwd(), FIXTURE_RELEASES).at(-1)!;
const fixture = loadDataset(process.cwd(), FIXTURE_CONTENT);

/** The fixture's records, changed by `edit` as an editor would change the files. */
function edited(edit: (raw: Dataset) => void): Dataset {
  const raw = structuredClone(rawRecords(fixture));
  edit(raw);
  return indexDataset(raw);
}
const task = (raw: Dataset, id: string) => raw.tasks.find((t) => t.id === id)!;
const guard = (data: Dataset) => guardRelease(release, data, C);

const EVIDENCE = [{ source: 'plan-02-kh-bcdtw' }];
const REASON = { vi: 'Ban Chỉ đạo quyết định.', en: 'Decided by the Steering Committee.' };

describe('the append-only guard against the recorded release', () => {
  it('keeps the release its records were proven against', () => {
    expect(release.records).not.toBeNull();
    expect(guard(fixture)).toEqual([]);
  });

  it('refuses a moved deadline and says to add a deadline event', () => {
    const data = edited((raw) => void (task(raw, 'x-2025-06-19-11-phase-1').deadline = '2026-12-31'));
    expect(guard(data)).toEqual([
      `${C}/tasks/x-2025-06-19-11-phase-1.json › deadline: published "2025-06-30" in the release of 2026-03-13; found "2026-12-31". A published value never changes: add a "deadline" event to history (new date, reason, decidedBy, evidence).`,
    ]);
  });

  it('refuses a changed lead, title wording and assignment date', () => {
    const data = edited((raw) => {
      const t = task(raw, 'x-2025-06-19-11-phase-1');
      t.lead = 'government';
      t.title = { ...t.title, en: 'Plan 02, reworded' };
      t.assigned = '2025-06-20';
    });
    const lines = guard(data);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('› title.en: published "Plan 02: clear institutional');
    expect(lines[1]).toContain(
      '› assigned: published "2025-06-19" in the release of 2026-03-13; found "2025-06-20". A published value never changes: add a "revision" to revisions (field "assigned"',
    );
    expect(lines[2]).toContain(
      '› lead: published "ministries-sectors-localities" in the release of 2026-03-13; found "government". A published value never changes: add a "transfer" event',
    );
  });

  it('refuses an indicator figure multiplied by ten, a deleted indicator and a deleted body', () => {
    const data = edited((raw) => {
      raw.indicators.find((i) => i.id === 'egdi-ranking')!.observations[0]!.value = 710;
      raw.indicators = raw.indicators.filter((i) => i.id !== 'tfp-contribution-growth');
      raw.agencies = raw.agencies.filter((a) => a.id !== 'hue');
    });
    expect(guard(data)).toEqual([
      `${C}/agencies/hue.json: published the record in the release of 2026-03-13; found nothing (it was removed). A published value never changes: keep the record and add a "withdrawal" to its revisions.`,
      `${C}/indicators/egdi-ranking.json › observations[0].value: published 71 in the release of 2026-03-13; found 710. A published value never changes: add a "revision" to revisions (field "observations[0].value", the new value, date, reason, decidedBy, evidence).`,
      `${C}/indicators/tfp-contribution-growth.json: published the record in the release of 2026-03-13; found nothing (it was removed). A published value never changes: keep the record and add a "withdrawal" to its revisions.`,
    ]);
  });

  it('refuses an "as of" date before the newest release, which used to switch the guard off', () => {
    const data = edited((raw) => {
      raw.meta.asOf = '2026-03-12';
      task(raw, 's57-2025-05-29-08').history[0]!.date = '2025-06-10';
    });
    const lines = guard(data);
    expect(lines[0]).toBe(
      `${C}/dataset.json › asOf: expected a date on or after 2026-03-13, the date of the newest recorded release (${FIXTURE_RELEASES}/2026-03-13/manifest.json); found "2026-03-12"`,
    );
    expect(lines[1]).toContain('tasks/s57-2025-05-29-08.json › history[0].date: published "2025-06-14"');
  });

  it('accepts a translation added to a published title and to a published history note', () => {
    const data = edited((raw) => {
      const t = task(raw, 's57-2025-05-29-08');
      const first = t.history[0]!;
      if (first.type === 'status') first.note.fr = 'Les conclusions ont été publiées.';
      raw.sources.find((a) => a.id === 'decision-204-qd-tw')!.title.fr = 'Décision 204-QĐ/TW';
    });
    expect(guard(data)).toEqual([]);
  });

  it('refuses a changed translation of a published note', () => {
    const data = edited((raw) => {
      const e = task(raw, 's57-2025-05-29-08').history[0]!;
      if (e.type === 'status') e.note.en = 'Something else.';
    });
    expect(guard(data)[0]).toContain('› history[0].note.en: published');
    expect(guard(data)[0]).toContain('add a "correction" event to history that corrects history[0]');
  });

  it('accepts a rename and a revised figure as revisions, and shows old and new values', () => {
    const data = edited((raw) => {
      const body = raw.agencies.find((a) => a.id === 'vff-party-committee')!;
      body.revisions = [
        {
          type: 'revision',
          id: 'renamed',
          date: '2026-03-13',
          field: 'name',
          value: { vi: 'Tên mới' },
          reason: REASON,
          decidedBy: 'politburo',
          evidence: EVIDENCE,
        },
      ];
      const egdi = raw.indicators.find((i) => i.id === 'egdi-ranking')!;
      egdi.revisions = [
        {
          type: 'revision',
          id: 'revised',
          date: '2026-03-13',
          field: 'observations[0].value',
          value: 72,
          reason: REASON,
          decidedBy: null,
          evidence: EVIDENCE,
        },
      ];
    });
    expect(guard(data)).toEqual([]);
    const shown = data as ReturnType<typeof indexDataset>;
    expect(shown.agency('vff-party-committee')!.name).toEqual({ vi: 'Tên mới' });
    expect(shown.indicator('egdi-ranking')!.observations[0]!.value).toBe(72);
    expect(fieldChanges(shown.publishedRecord('indicators', 'egdi-ranking')!).map((c) => [c.before, c.after])).toEqual([[71, 72]]);
  });

  it('records a merger and a dissolution as revisions of fields the body did not have', () => {
    const data = edited((raw) => {
      raw.agencies.find((a) => a.id === 'sc-working-group')!.revisions = [
        {
          type: 'revision',
          id: 'merged',
          date: '2026-03-01',
          field: 'mergedInto',
          value: 'central-steering-committee',
          reason: REASON,
          decidedBy: 'politburo',
          evidence: EVIDENCE,
        },
        {
          type: 'revision',
          id: 'dissolved',
          date: '2026-03-01',
          field: 'dissolved',
          value: '2026-03-01',
          reason: REASON,
          decidedBy: 'politburo',
          evidence: EVIDENCE,
        },
      ];
    });
    expect(guard(data)).toEqual([]);
    const shown = data as ReturnType<typeof indexDataset>;
    const body = shown.agency('sc-working-group')!;
    expect([body.mergedInto, body.dissolved]).toEqual(['central-steering-committee', '2026-03-01']);
    expect(fieldChanges(shown.publishedRecord('agencies', 'sc-working-group')!).map((c) => [c.revision.field, c.before, c.after])).toEqual([
      ['mergedInto', undefined, 'central-steering-committee'],
      ['dissolved', undefined, '2026-03-01'],
    ]);
  });

  it('keeps a withdrawn record readable, marked withdrawn', () => {
    const data = edited((raw) => {
      raw.agencies.find((a) => a.id === 'hue')!.revisions = [
        { type: 'withdrawal', id: 'duplicate', date: '2026-03-13', reason: REASON, decidedBy: null, evidence: EVIDENCE },
      ];
    });
    expect(guard(data)).toEqual([]);
    expect(withdrawalOf((data as ReturnType<typeof indexDataset>).agency('hue')!)?.id).toBe('duplicate');
  });

  it('refuses records.json that the manifest does not prove', () => {
    const forged = structuredClone(release.records!);
    forged.value.tasks[0]!.deadline = '2030-01-01';
    expect(guardRelease({ ...release, records: forged }, fixture, C)).toEqual([
      `${FIXTURE_RELEASES}/2026-03-13/records.json: not the records ${FIXTURE_RELEASES}/2026-03-13/manifest.json published: tasks/${forged.value.tasks[0]!.id}: does not match the manifest's hash`,
    ]);
  });
});
