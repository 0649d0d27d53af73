/** The registry of source reports agrees with the source records it points to, and with the files. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Entry {
  file: string;
  sha256: string;
  language: string;
  translates: string;
  outlet: string;
  url: string;
  published: string | null;
  meeting: string;
}
const registry: { reports: Entry[] } = JSON.parse(readFileSync('seeds/registry.json', 'utf8'));
const sharedSeeds = '../shared/seeds';

describe('seeds/registry.json', () => {
  it('lists the five reports, in Ukrainian, Dutch, Russian, Indonesian and French', () => {
    expect(registry.reports.map((r) => r.language)).toEqual(['uk', 'nl', 'ru', 'id', 'fr']);
  });

  it.each(registry.reports)('matches the source record of $file', (entry) => {
    const source = JSON.parse(readFileSync(`content/sources/${entry.translates}.json`, 'utf8'));
    expect(source.kind).toBe('news-report');
    expect({ outlet: source.outlet, url: source.url, published: source.date, meeting: source.meeting }).toEqual({
      outlet: entry.outlet,
      url: entry.url,
      published: entry.published,
      meeting: entry.meeting,
    });
  });

  it.skipIf(!existsSync(sharedSeeds))('records the SHA-256 of each report file as it is', () => {
    for (const entry of registry.reports) {
      const digest = createHash('sha256')
        .update(readFileSync(`${sharedSeeds}/${entry.file}`))
        .digest('hex');
      expect(digest, entry.file).toBe(entry.sha256);
    }
  });
});
