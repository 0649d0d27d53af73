/**
 * The translation ledger: for one language, how each translated text was made. Kept apart from the
 * published records (content/translations/<locale>.json), because a published value is never
 * edited and a field added to a record would change its hash. Each entry is keyed by the text's
 * pointer and records the method, the reviewer when a person reviewed it, the date, and the
 * SHA-256 of the Vietnamese it was made from, so a later change of the Vietnamese shows as "stale".
 */
import { z } from 'zod';
import { isoDate, label } from './primitives.ts';

export const TRANSLATION_METHODS = ['machine-assisted', 'human'] as const;
export type TranslationMethod = (typeof TRANSLATION_METHODS)[number];

/**
 * Where a text lives: "<collection>/<record id>#<field path>" for record texts (array items with
 * an id are named by it), "dataset#<field>" for the dataset's own texts, "pages/<section>[/<slug>]"
 * for an editorial page.
 * @example "tasks/x-2025-12-18-13-innovation-center-decree#title"
 * @example "tasks/s57-2025-05-29-04#history[2025-09-30-deputy-pm-agrees].note"
 * @example "pages/meetings/meeting-2025-05-29"
 */
export const TEXT_POINTER =
  /^(?:(?:tasks|agencies|sources|indicators|assessments)\/[a-z0-9]+(?:-[a-z0-9]+)*#\S+|dataset#\S+|pages\/[a-z0-9-]+(?:\/[a-z0-9-]+)*)$/;

export const translationStamp = z.strictObject({
  method: z.enum(TRANSLATION_METHODS, { error: `expected how it was translated, one of: ${TRANSLATION_METHODS.join(', ')}` }),
  /** Who reviewed the translation against the Vietnamese; absent while nobody has. */
  reviewer: label.optional(),
  /** When it was translated, or reviewed when there is a reviewer. */
  date: isoDate,
  /** SHA-256 (hex) of the Vietnamese text the translation was made from. */
  vi: z.string({ error: 'expected the SHA-256 of the Vietnamese text, 64 lowercase hexadecimal digits' }).regex(/^[0-9a-f]{64}$/, {
    error: 'expected the SHA-256 of the Vietnamese text, 64 lowercase hexadecimal digits',
  }),
});
export type TranslationStamp = z.infer<typeof translationStamp>;

export const translationLedger = z.record(
  z.string().regex(TEXT_POINTER, { error: 'expected a text pointer such as "tasks/<id>#title" or "pages/about"' }),
  translationStamp,
  { error: 'expected an object of text pointers, each with {"method", "date", "vi"}' },
);
export type TranslationLedger = z.infer<typeof translationLedger>;
