/**
 * A result's snippet, built from the text the index holds for it (Pagefind's `content`): the
 * original words with their tone marks, the words matching the query marked, starting at a word
 * boundary. Online and offline search show the same snippet for the same record and query.
 */
import { D_FORMS_MARK } from './document.ts';
import { foldDiacritics } from './fold.ts';

export interface SnippetPart {
  text: string;
  mark: boolean;
}

const parts = (word: string) =>
  foldDiacritics(word)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Whether a word of the text is one the query asked for: the same letters, marks aside, or one part of a number ("57" in "57-NQ/TW"). */
function matches(word: string, terms: readonly string[]): boolean {
  const own = parts(word);
  if (own.length === 0) return false;
  const whole = own.join('');
  return terms.some((term) => term === whole || own.includes(term));
}

/**
 * The `length` words of `content` that hold the most of the query's words (the earliest such
 * window), with an ellipsis where text was left out before or after.
 * @example snippet('Nghị quyết số 57-NQ/TW về đột phá', 'nghi quyet 57', 4)
 * // [{ mark: true, text: 'Nghị quyết' }, { mark: false, text: ' số ' }, { mark: true, text: '57-NQ/TW' }, { mark: false, text: ' …' }]
 */
export function snippet(content: string, query: string, length = 24): SnippetPart[] {
  const text = content.split(D_FORMS_MARK)[0]!.trim();
  const words = text.split(/\s+/).filter(Boolean);
  const terms = [...new Set(query.split(/\s+/).flatMap(parts))];
  const hit = words.map((word) => matches(word, terms));
  let start = 0;
  let best = -1;
  for (let from = 0; from <= Math.max(0, words.length - length); from += 1) {
    const window = words.slice(from, from + length);
    const distinct = new Set(window.filter((_, i) => hit[from + i]).map((w) => parts(w).join(''))).size;
    const count = window.filter((_, i) => hit[from + i]).length;
    const score = distinct * 1000 + count;
    if (score > best) [best, start] = [score, from];
  }
  // Start a little before the first match, so the matched words come with their context.
  const first = hit.indexOf(true, start);
  if (first >= 0 && first - start > 3) start = Math.max(0, first - 3);
  const end = Math.min(words.length, start + length);
  const out: SnippetPart[] = [];
  const push = (piece: string, mark: boolean) => {
    const last = out.at(-1);
    if (last && last.mark === mark) last.text += piece;
    else out.push({ text: piece, mark });
  };
  if (start > 0) push('… ', false);
  for (let i = start; i < end; i += 1) {
    if (i > start) push(' ', hit[i - 1]! && hit[i]!);
    push(words[i]!, hit[i]!);
  }
  if (end < words.length) push(' …', false);
  return out;
}
