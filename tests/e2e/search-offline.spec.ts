/**
 * Online and offline search on the same data, over the relevance test set: the offline archive's
 * ranking (src/domain/search/offline-rank.ts, run here on the archive's own built index) against
 * the search page's. Prints how often their top 3 are the same records in the same order, and
 * holds the offline search to the same precision at 3 as the online one. The Methodology page
 * says how and why the two differ.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { foldDiacritics } from '../../src/domain/search/fold.ts';
import { rankOffline, type OfflineRecord } from '../../src/domain/search/offline-rank.ts';
import { DIACRITIC_SIMILARITY, META_WEIGHTS, TERM_SIMILARITY } from '../../src/domain/search/ranking.ts';
import { precisionAt3, RELEVANCE, topResults } from '../support/search-relevance.ts';

const dist = process.env['CK57_DIST'] ?? '.build/fixture-dist';

function offlineIndex(locale: string): OfflineRecord[] {
  const script = readFileSync(join(dist, 'search-offline', `${locale}.js`), 'utf8');
  return JSON.parse(
    script
      .slice(script.indexOf('=') + 1)
      .trim()
      .replace(/;$/, ''),
  );
}

function offlineTop(records: OfflineRecord[], locale: string, query: string): string[] {
  return rankOffline(records, query, foldDiacritics, TERM_SIMILARITY, DIACRITIC_SIMILARITY, Object.keys(META_WEIGHTS))
    .slice(0, 3)
    .map((record) => record.u.replace(`/${locale}/`, '').replace(/\/$/, ''));
}

test('offline and online search agree on the relevance test set, and both rank well', async ({ page }) => {
  test.setTimeout(180_000);
  const indexes = new Map<string, OfflineRecord[]>();
  let same = 0;
  let sameFirst = 0;
  const offlineScores: number[] = [];
  const differences: string[] = [];
  for (const { locale, query, expected } of RELEVANCE) {
    if (!indexes.has(locale)) indexes.set(locale, offlineIndex(locale));
    const offline = offlineTop(indexes.get(locale)!, locale, query);
    const online = await topResults(page, locale, query);
    offlineScores.push(precisionAt3(offline, expected));
    if (JSON.stringify(offline) === JSON.stringify(online)) same += 1;
    else differences.push(`  ${locale} "${query}": online ${JSON.stringify(online)}, offline ${JSON.stringify(offline)}`);
    if (offline[0] === online[0]) sameFirst += 1;
  }
  const offlinePrecision = offlineScores.reduce((a, b) => a + b, 0) / offlineScores.length;
  console.log(
    `offline vs online search over ${RELEVANCE.length} queries: the same top 3 in the same order for ${same}, the same first result for ${sameFirst}; ` +
      `offline precision at 3 = ${offlinePrecision.toFixed(3)}${differences.length ? `\n${differences.join('\n')}` : ''}`,
  );
  expect(offlinePrecision).toBeGreaterThanOrEqual(0.9);
});
