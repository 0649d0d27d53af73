/**
 * Chart labels keep clear of the data: the placement rules on drawings worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { layoutDeadlineChart } from '../../src/charts/deadline-chart.ts';
import { labelBox, placeLabels, segmentHits } from '../../src/charts/label-placement.ts';
import type { MonthBucket } from '../../src/domain/rollups.ts';
import { DERIVED_STATUSES } from '../../src/domain/status.ts';

describe('segmentHits', () => {
  // A line along y = 10 from x = 0 to 100, 2 units thick: it covers y 9–11, and 2 units of gap are kept.
  const line = { x1: 0, y1: 10, x2: 100, y2: 10, half: 1 };
  it('is false for a box whose bottom, with the gap, stays above the stroke', () => {
    expect(segmentHits(line, { left: 10, top: 0, right: 20, bottom: 6.9 })).toBe(false);
  });
  it('is true once the box comes within the gap of the stroke', () => {
    expect(segmentHits(line, { left: 10, top: 0, right: 20, bottom: 7.1 })).toBe(true);
  });
  it('is false for a box beside the line’s end', () => {
    expect(segmentHits(line, { left: 103.1, top: 5, right: 120, bottom: 15 })).toBe(false);
  });
});

describe('labelBox', () => {
  it('measures 0.62 em a character, from 1.05 em above the baseline to 0.35 em below', () => {
    // "Target" at 10 units: 6 × 6.2 = 37.2 wide; ending at x = 100.
    const box = labelBox('Target', 10, { x: 100, y: 50, anchor: 'end' });
    expect(box.left).toBeCloseTo(62.8);
    expect(box.right).toBe(100);
    expect(box.top).toBe(39.5);
    expect(box.bottom).toBe(53.5);
  });
});

describe('placeLabels', () => {
  const bounds = { left: 0, top: 0, right: 200, bottom: 100 };
  const line = { x1: 0, y1: 50, x2: 200, y2: 50, half: 1 };
  const above = { x: 100, y: 52, anchor: 'middle' as const };
  const below = { x: 100, y: 70, anchor: 'middle' as const };
  it('skips a place over a line and takes the next', () => {
    expect(placeLabels([{ text: '12', size: 10, spots: [above, below] }], { segments: [line], boxes: [] }, bounds)).toEqual([below]);
  });
  it('keeps a later label off an earlier one, and gives null when no place is left', () => {
    const labels = [
      { text: '12', size: 10, spots: [below] },
      { text: '34', size: 10, spots: [above, below] },
    ];
    expect(placeLabels(labels, { segments: [line], boxes: [] }, bounds)).toEqual([below, null]);
  });
  it('refuses a place outside the drawing', () => {
    const edge = { x: 198, y: 70, anchor: 'start' as const };
    expect(placeLabels([{ text: '12', size: 10, spots: [edge, below] }], { segments: [], boxes: [] }, bounds)).toEqual([below]);
  });
  it('refuses a place over a marker', () => {
    const marker = { left: 95, top: 60, right: 105, bottom: 70 };
    expect(placeLabels([{ text: '12', size: 10, spots: [below, above] }], { segments: [], boxes: [marker] }, bounds)).toEqual([above]);
  });
});

describe('the deadline chart’s totals and the data-date line', () => {
  const march = (total: number): MonthBucket => ({
    month: '2026-03',
    total,
    counts: { ...Object.fromEntries(DERIVED_STATUSES.map((code) => [code, 0])), not_yet_due: total } as MonthBucket['counts'],
  });
  // One bar in a 340-unit drawing: the band runs over 30–332 with 0.25 padding, so step = 302 / 1.25
  // = 241.6, the bar is 181.2 wide from x = 90.4, its centre at 181.
  it('centres the total when the line passes clear of it (13 March: x = 90.4 + 181.2 × 12.5/31 = 163.5)', () => {
    const bar = layoutDeadlineChart([march(3)], '2026-03-13').bars[0]!;
    expect(bar.totalAt).toEqual({ x: 181, anchor: 'middle' });
  });
  it('moves the total beside the line when it would cross it (16 March: x = 90.4 + 181.2 × 15.5/31 = 181)', () => {
    const { bars, today } = layoutDeadlineChart([march(3)], '2026-03-16');
    expect(today!.x).toBeCloseTo(181);
    expect(bars[0]!.totalAt.anchor).toBe('end');
    expect(bars[0]!.totalAt.x).toBeCloseTo(178);
  });
});
