/**
 * Home's figures on the frozen fixture (data date 2026-03-13), counted by hand from its files:
 * - 6 tasks past their deadline with no completion reported (as on Progress): their lead bodies are
 *   ministries-sectors-localities (x-2025-06-19-11-phase-1, x-2025-06-19-11-phase-2),
 *   provincial-peoples-committees (x-2025-08-08-12-commune-services, x-2025-08-08-12-electronic-dossiers),
 *   units-and-localities (s57-2025-10-15-13) and ministry-public-security
 *   (x-2025-12-18-13-data-center-decree); none has a joint lead. So two bodies tie at 2.
 * - 19 indicators; only three have comparable figures on two dates, the least a trend needs:
 *   digital-economy-share-gdp, 12.87 % (2021) → 14.02 % (2025), about +0.29 a year, ≈ 15.5 % by 2030
 *   against ≥ 30 %: off track; rnd-spending-share-gdp, 0.42 % (2021) → 0.40 % (2023), falling, against
 *   2 %: off track; budget-share-sti, 1.37 % (2021) → 1.97 % (2024), +0.2 a year, ≈ 3.17 % by 2030
 *   against 3 %: on track. The other 16 cannot be assessed (one figure, none, or none comparable).
 * - 5 meetings, the latest held on 25 February 2026 (meeting-2026-02-25), before the data date.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { homeFigures } from '../../src/domain/home-figures.ts';
import { FIXTURE_CONTENT } from '../support/fixture.ts';

const data = loadDataset(process.cwd(), FIXTURE_CONTENT);
const figures = homeFigures(data);

describe("Home's figures", () => {
  it('counts 6 tasks past their deadline with no completion reported', () => {
    expect(figures.pastDeadline).toBe(6);
  });

  it('names both bodies that tie for most behind, 2 tasks past their deadline each, in body order', () => {
    expect(figures.mostBehind).toEqual({ bodies: ['ministries-sectors-localities', 'provincial-peoples-committees'], count: 2 });
  });

  it('counts 2 targets off track and 16 of 19 that cannot be assessed yet', () => {
    expect(figures.targets.offTrack).toEqual(['digital-economy-share-gdp', 'rnd-spending-share-gdp']);
    expect(figures.targets.notAssessable).toBe(16);
    expect(figures.targets.total).toBe(19);
  });

  it('picks the meeting of 25 February 2026 as the latest', () => {
    expect(figures.latestMeeting).toEqual({ id: 'meeting-2026-02-25', date: '2026-02-25' });
  });

  it('leaves out a meeting dated after the data date, and says no body is behind when none is late', () => {
    const earlier = loadDataset(process.cwd(), FIXTURE_CONTENT);
    const before = homeFigures({ ...earlier, meta: { ...earlier.meta, asOf: '2025-12-20' }, taskViews: [] });
    expect(before.latestMeeting).toEqual({ id: 'meeting-2025-12-18', date: '2025-12-18' });
    expect(before.mostBehind).toEqual({ bodies: [], count: 0 });
    expect(before.pastDeadline).toBe(0);
  });
});
