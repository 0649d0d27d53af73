/**
 * How Pagefind ranks a query (its `ranking` options), the other half of the ranking rules beside
 * the field weights of src/domain/search/document.ts. Tuned on the relevance test set
 * (tests/fixtures/search-relevance.json), not on single queries.
 */
import { foldDiacritics } from './fold.ts';

/** Whether a query carries any tone mark or other diacritic (đ included). */
export function hasMarks(query: string): boolean {
  return foldDiacritics(query) !== query.toLowerCase();
}

export interface Ranking {
  termSimilarity: number;
  diacriticSimilarity: number;
  pageLength: number;
  termSaturation: number;
  metaWeights: Record<string, number>;
}

/**
 * - termSimilarity 8: a Vietnamese syllable is short, so Pagefind's prefix matching ("qua" →
 *   "quan", "so" → "soát") must rank far below the word itself.
 * - diacriticSimilarity: a word typed with its marks ranks its exact spelling 3 times higher than
 *   other spellings that fold alike; a query typed without any mark treats them all alike (0).
 * - pageLength 0.3: a record with a long description is not pushed below a short one that merely
 *   mentions the word.
 * - metaWeights: the title, the record number ("Nghị quyết 57") and a task's status ("Quá hạn") count
 *   as Pagefind counts a title.
 */
export function rankingFor(query: string): Ranking {
  return {
    termSimilarity: 8,
    diacriticSimilarity: hasMarks(query) ? 2 : 0,
    pageLength: 0.3,
    termSaturation: 1.2,
    metaWeights: { title: 5, number: 5, status: 5 },
  };
}
