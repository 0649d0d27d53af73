/**
 * The offline archive's search (file://, where Pagefind cannot load): the same search documents
 * as the online index (src/domain/search/document.ts), ranked by the same rules — field weights
 * on a square scale, prefix matches far below whole words (Pagefind's term-similarity curve with
 * the same setting), exact spellings first when the query has marks, a bonus when the title,
 * number or status holds every word, words found nowhere left out as Pagefind leaves them — but
 * with a simpler formula than Pagefind's BM25 (no page-length or saturation terms). The
 * Methodology page says so, and tests/e2e/search-offline.spec.ts measures how often they agree.
 *
 * `rankOffline` is serialised into the archive's classic script as it is written here: it must use
 * only its parameters and the language's built-ins.
 */

/** One record of the offline index: address, title, kind label, and its weighted fields. */
export interface OfflineRecord {
  u: string;
  t: string;
  k: string;
  /** [weight, text, field name] for each field, in document order. */
  f: [number, string, string][];
}

/**
 * Records matching every known word of the query, best first (ties keep index order).
 * @param fold the portal's foldDiacritics (passed in, so this function stays self-contained)
 */
export function rankOffline(
  records: OfflineRecord[],
  query: string,
  fold: (text: string) => string,
  termSimilarity: number,
  diacriticSimilarity: number,
  metaFields: string[],
): OfflineRecord[] {
  const clean = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\s]+/gu, '');
  const terms = clean(query).split(/\s+/).filter(Boolean);
  const marked = terms.some((term) => fold(term) !== term);
  const similarity = (difference: number) => {
    const base = Math.exp((-0.5 * difference * difference) / 4);
    return Math.exp(base * termSimilarity) / Math.exp(termSimilarity);
  };
  /** How well a word of a record answers a term: 0 when it does not. */
  const match = (word: string, term: string) => {
    const folded = fold(word);
    const wanted = fold(term);
    const parts = fold(word.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' '))
      .split(' ')
      .filter(Boolean);
    const whole = parts.join('');
    let score = 0;
    for (const candidate of [whole, ...parts]) {
      if (!candidate.startsWith(wanted)) continue;
      score = Math.max(score, similarity(candidate.length - wanted.length + 1));
    }
    if (score === 0 && folded !== whole && folded.startsWith(wanted)) score = similarity(folded.length - wanted.length + 1);
    const plain = clean(word);
    const exact = plain.startsWith(term) || term.startsWith(plain);
    return marked && exact ? score * (1 + diacriticSimilarity) : score;
  };
  const scored = records.map((record, order) => {
    const perTerm = terms.map((term) => {
      let sum = 0;
      const whole: Record<string, boolean> = {};
      for (const [weight, text, name] of record.f) {
        let best = 0;
        for (const word of text.split(/\s+/)) {
          const value = match(word, term);
          sum += value * weight * weight;
          best = Math.max(best, value);
        }
        if (best > 0) whole[name] = true;
      }
      return { sum, whole };
    });
    return { record, order, perTerm };
  });
  // A word no record holds is left out of the query, as Pagefind leaves it out.
  const known = terms.map((_, i) => scored.some((s) => s.perTerm[i]!.sum > 0));
  if (!known.includes(true)) return [];
  const pages = scored.length;
  const results = scored
    .filter((s) => s.perTerm.every((term, i) => !known[i] || term.sum > 0))
    .map((s) => {
      let score = 0;
      s.perTerm.forEach((term, i) => {
        if (!known[i]) return;
        const holding = scored.filter((other) => other.perTerm[i]!.sum > 0).length;
        const idf = Math.log(1 + (pages - holding + 0.5) / (holding + 0.5));
        score += idf * (term.sum / (term.sum + 100));
      });
      for (const name of metaFields)
        if (s.perTerm.every((term, i) => !known[i] || term.whole[name])) score += 5 * known.filter(Boolean).length;
      return { record: s.record, order: s.order, score };
    });
  results.sort((a, b) => b.score - a.score || a.order - b.order);
  return results.map((r) => r.record);
}
