/**
 * What the translation ledger says about each translated text: made by a person or with machine
 * assistance, reviewed or not, and whether the Vietnamese changed since (stale). Pure: the hash
 * function is passed in, so the domain needs no Node module.
 */
import type { LocaleCode } from './schema/primitives.ts';
import type { TranslationLedger, TranslationMethod, TranslationStamp } from './schema/translation-ledger.ts';
import { TEXT_KINDS, type TextKind, type TranslatableText } from './translation-texts.ts';
import { describeValue, type Problem } from './validate/problem.ts';

export type Hash = (text: string) => string;

/** A translated text's state: reviewed by a person, written by a person, machine-assisted and unreviewed, or not recorded. */
export type TextState = 'reviewed' | 'human' | 'machine-assisted' | 'unrecorded';

export interface TextStatus {
  state: TextState;
  /** The Vietnamese changed since the translation was made (its hash differs from the ledger's). */
  stale: boolean;
}

/** The status of a text in a language, or null when the text is not written in that language. */
export function textStatus(
  text: TranslatableText['text'],
  locale: LocaleCode,
  stamp: TranslationStamp | undefined,
  hash: Hash,
): TextStatus | null {
  if (locale === 'vi' || text[locale] === undefined) return null;
  if (stamp === undefined) return { state: 'unrecorded', stale: false };
  const state: TextState = stamp.reviewer !== undefined ? 'reviewed' : stamp.method === 'human' ? 'human' : 'machine-assisted';
  return { state, stale: stamp.vi !== hash(text.vi) };
}

/** Whether a reader should be told: machine-assisted and nobody reviewed it, or the Vietnamese changed since. */
export function needsNote(status: TextStatus | null): boolean {
  return status !== null && (status.state === 'machine-assisted' || status.stale);
}

export interface LedgerCounts {
  /** Texts of this kind (in Vietnamese). */
  texts: number;
  /** Of these, written in the language. */
  translated: number;
  /** Of the translated, by state. */
  byState: Record<TextState, number>;
  stale: number;
  /** Owners (record ids, page paths) with a text not yet in the language. */
  incomplete: string[];
}

const emptyStates = (): Record<TextState, number> => ({ reviewed: 0, human: 0, 'machine-assisted': 0, unrecorded: 0 });

/** Counts per kind of text for one language. */
export function ledgerCounts(
  texts: readonly TranslatableText[],
  ledger: TranslationLedger,
  locale: LocaleCode,
  hash: Hash,
): Record<TextKind, LedgerCounts> {
  const counts = Object.fromEntries(
    TEXT_KINDS.map((k) => [k, { texts: 0, translated: 0, byState: emptyStates(), stale: 0, incomplete: [] as string[] }]),
  ) as Record<TextKind, LedgerCounts>;
  // Owners already listed, per kind: a record has several texts, and a language with none of them
  // translated would otherwise search a list as long as the data for every text (minutes at 20,000 tasks).
  const listed = new Map<TextKind, Set<string>>(TEXT_KINDS.map((k) => [k, new Set<string>()]));
  for (const t of texts) {
    const c = counts[t.kind];
    c.texts += 1;
    if (t.text[locale] === undefined) {
      const owners = listed.get(t.kind)!;
      if (!owners.has(t.owner)) {
        owners.add(t.owner);
        c.incomplete.push(t.owner);
      }
      continue;
    }
    c.translated += 1;
    const status = textStatus(t.text, locale, ledger[t.pointer], hash);
    if (status === null) continue;
    c.byState[status.state] += 1;
    if (status.stale) c.stale += 1;
  }
  return counts;
}

/** All kinds together. */
export function sumCounts(counts: Record<TextKind, LedgerCounts>): Omit<LedgerCounts, 'incomplete'> {
  const total = { texts: 0, translated: 0, byState: emptyStates(), stale: 0 };
  for (const c of Object.values(counts)) {
    total.texts += c.texts;
    total.translated += c.translated;
    total.stale += c.stale;
    for (const s of Object.keys(total.byState) as TextState[]) total.byState[s] += c.byState[s];
  }
  return total;
}

export interface StampOptions {
  method: TranslationMethod;
  date: string;
  reviewer?: string | undefined;
  /** Also re-stamp entries whose Vietnamese changed since: the translator has brought those translations up to date. */
  refreshStale?: boolean | undefined;
}

/**
 * The ledger with an entry added for every text written in `locale` that has none, made from its
 * current Vietnamese; existing entries are kept as they are, except stale ones with `refreshStale`. Keys come out sorted, so the file diffs well.
 */
export function stampLedger(
  texts: readonly TranslatableText[],
  ledger: TranslationLedger,
  locale: LocaleCode,
  options: StampOptions,
  hash: Hash,
): TranslationLedger {
  const next: TranslationLedger = { ...ledger };
  for (const t of texts) {
    if (t.text[locale] === undefined) continue;
    const entry = next[t.pointer];
    if (entry !== undefined && !(options.refreshStale === true && entry.vi !== hash(t.text.vi))) continue;
    next[t.pointer] = {
      method: options.method,
      ...(options.reviewer === undefined ? {} : { reviewer: options.reviewer }),
      date: options.date,
      vi: hash(t.text.vi),
    };
  }
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Entries that name no text written in the language: a pointer mistyped, or a text removed or not yet translated. */
export function ledgerProblems(file: string, ledger: TranslationLedger, texts: readonly TranslatableText[], locale: LocaleCode): Problem[] {
  const byPointer = new Map(texts.map((t) => [t.pointer, t] as const));
  return Object.keys(ledger).flatMap((pointer) => {
    const text = byPointer.get(pointer);
    if (text !== undefined && text.text[locale] !== undefined) return [];
    return [
      {
        file,
        field: pointer,
        expected: `the pointer of a text written in "${locale}" (see /${locale}/translations/ for the texts)`,
        found:
          text === undefined
            ? `${describeValue(pointer)}, which names no text`
            : `${describeValue(pointer)}, a text not written in "${locale}"`,
      },
    ];
  });
}
