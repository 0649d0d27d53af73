/** Every record of the real data reads in Vietnamese and English; every task title in all seven languages. */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { FIXTURE_CONTENT } from '../support/fixture.ts';
import { LOCALE_CODES } from '../../src/domain/schema/primitives.ts';

const data = loadDataset(process.cwd(), FIXTURE_CONTENT);
const missing = (records: { id: string }[], pick: (r: any) => Record<string, string>[], langs: readonly string[]) =>
  records.flatMap((r) => pick(r).flatMap((text) => langs.filter((l) => !text[l]).map((l) => `${r.id}: ${l}`)));

describe('the bundled data', () => {
  it('has every task’s title in all seven languages', () => {
    expect(missing(data.tasks, (t) => [t.title], LOCALE_CODES)).toEqual([]);
  });

  it('has Vietnamese and English for every task, body, indicator and source', () => {
    const both = ['vi', 'en'] as const;
    expect(missing(data.tasks, (t) => [t.title, t.description], both)).toEqual([]);
    expect(missing(data.agencies, (a) => [a.name], both)).toEqual([]);
    expect(missing(data.indicators, (i) => [i.name, ...i.targets.map((x: { text: Record<string, string> }) => x.text)], both)).toEqual([]);
    expect(missing(data.sources, (s) => [s.title], both)).toEqual([]);
  });
});
