/**
 * Which recorded release a build follows. Two releases recorded, of 2026-03-13 (hash A) and of
 * 2026-12-01 (hash B): data identical to the second follows the first, as the second itself does;
 * data of 2026-12-01 with corrections added after the second was recorded (hash C) follows the
 * second, so the chain never skips it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RELEASES_DIR, releaseStanding } from '../../src/data/releases.ts';

const root = mkdtempSync(join(tmpdir(), 'ck57-standing-'));
for (const [date, hash] of [
  ['2026-03-13', 'A'],
  ['2026-12-01', 'B'],
] as const) {
  mkdirSync(join(root, RELEASES_DIR, date), { recursive: true });
  writeFileSync(join(root, RELEASES_DIR, date, 'manifest.json'), JSON.stringify({ format: 1, dataDate: date, dataHash: hash }));
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the release a build follows', () => {
  it('is the one before when the data is exactly the latest release', () => {
    const standing = releaseStanding(root, '2026-12-01', 'B', RELEASES_DIR);
    expect(standing.isLatest).toBe(true);
    expect(standing.followed?.manifest.dataDate).toBe('2026-03-13');
  });

  it('is the latest, of the same date, when corrections were added after it was recorded', () => {
    const standing = releaseStanding(root, '2026-12-01', 'C', RELEASES_DIR);
    expect(standing.isLatest).toBe(false);
    expect(standing.followed?.manifest.dataDate).toBe('2026-12-01');
  });

  it('is the newest before the data date for data of a later date, and none before the first', () => {
    expect(releaseStanding(root, '2027-01-15', 'D', RELEASES_DIR).followed?.manifest.dataDate).toBe('2026-12-01');
    expect(releaseStanding(root, '2026-03-13', 'A', RELEASES_DIR).followed).toBeUndefined();
  });
});
