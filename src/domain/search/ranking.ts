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

/** How far below a whole word a longer word starting with it ranks (Pagefind's termSimilarity). */
export const TERM_SIMILARITY = 8;

/** How much more an exact spelling counts than another that folds alike, for a query with marks. */
export const DIACRITIC_SIMILARITY = 30;

/** The metadata fields that count like a title when they hold the query's words. */
export const META_WEIGHTS: Record<string, number> = { title: 5, number: 5, status: 5 };

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
 * - diacriticSimilarity 30: a word typed with its marks ranks its exact spelling 31 times higher
 *   than other spellings that fold alike, enough to put exact matches first even when the other
 *   spelling sits in a heavier field ("tính" before every "Tỉnh …" title); a query typed without
 *   any mark treats all spellings alike (0).
 * - pageLength 0.3: a record with a long description is not pushed below a short one that merely
 *   mentions the word.
 * - metaWeights: the title, the record number ("Nghị quyết 57") and a task's status ("Quá hạn") count
 *   as Pagefind counts a title.
 */
export function rankingFor(query: string): Ranking {
  return {
    termSimilarity: TERM_SIMILARITY,
    diacriticSimilarity: hasMarks(query) ? DIACRITIC_SIMILARITY : 0,
    pageLength: 0.3,
    termSaturation: 1.2,
    metaWeights: META_WEIGHTS,
  };
}
