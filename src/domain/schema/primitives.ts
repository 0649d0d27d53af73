/**
 * Building blocks shared by every collection schema: dates, URLs, localized text and evidence.
 * Pure zod, no Astro, so the same rules run in the standalone data check and in Astro's
 * content collections.
 */
import { z } from 'zod';

/** The seven portal locales, Vietnamese first. Kept here (not in src/i18n) so data rules stay UI-free. */
export const LOCALE_CODES = ['vi', 'en', 'fr', 'ru', 'uk', 'nl', 'id'] as const;
export type LocaleCode = (typeof LOCALE_CODES)[number];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written as YYYY-MM-DD that exists (2025-02-30 is refused). */
export const isoDate = z
  .string({ error: 'expected a date written as YYYY-MM-DD' })
  .regex(ISO_DATE, { error: 'expected a date written as YYYY-MM-DD' })
  .refine(
    (value) => {
      const [y, m, d] = value.split('-').map(Number) as [number, number, number];
      const date = new Date(Date.UTC(y, m - 1, d));
      return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    },
    { error: 'expected a real calendar date' },
  );

/** An absolute web address; only http(s) so no javascript: or data: link can reach a page. */
export const webUrl = z.string({ error: 'expected a web address starting with http:// or https://' }).refine(
  (value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  },
  { error: 'expected a web address starting with http:// or https://' },
);

/** A record id: lowercase letters, digits and hyphens, the same as its file name. */
export const recordId = z
  .string({ error: 'expected an id of lowercase letters, digits and hyphens' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected an id of lowercase letters, digits and hyphens' });

/**
 * Characters no editor means to type and every reader is harmed by: control characters other than
 * the line break (they break CSV rows, calendars and XML feeds), bidirectional embeddings,
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069: they reorder what a reader sees, as in
 * "Trojan Source"), lone surrogates and the non-characters U+FFFE and U+FFFF.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are refused
export const HIDDEN_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|\p{Cs}/u;

/** Spaces and characters that print nothing: text made only of them looks empty to a reader. */
// eslint-disable-next-line no-misleading-character-class -- each invisible character is listed on its own, on purpose
const INVISIBLE = /[\s\u00AD\u034F\u115F\u1160\u180E\u200B-\u200F\u2060-\u2064\u3164\uFEFF\uFFA0]/gu;

/** Some text a reader can see, with no hidden control character in it. */
const visibleText = (schema: z.ZodString) =>
  schema
    .refine((value) => !HIDDEN_CONTROL.test(value), { error: 'expected text without control characters or bidirectional overrides' })
    .refine((value) => value.replace(INVISIBLE, '') !== '', {
      error: 'expected text with visible characters, not only spaces or invisible ones',
    });

const nonEmpty = visibleText(z.string({ error: 'expected text' }).trim().min(1, { error: 'expected non-empty text' }));

/** A short label (an official number, a period, a page): visible text, kept as typed. */
export const label = visibleText(z.string({ error: 'expected text' }).min(1, { error: 'expected non-empty text' }));

/** Text in several languages: Vietnamese is required, the six other portal languages optional. */
export const localizedText = z.strictObject(
  {
    vi: nonEmpty,
    en: nonEmpty.optional(),
    fr: nonEmpty.optional(),
    ru: nonEmpty.optional(),
    uk: nonEmpty.optional(),
    nl: nonEmpty.optional(),
    id: nonEmpty.optional(),
  },
  { error: 'expected an object of texts by language, with at least "vi"' },
);
export type LocalizedText = z.infer<typeof localizedText>;

/**
 * What backs a claim: a registered source document, or a web page with its publisher.
 * Either way a reader can follow it.
 */
export const evidence = z.union(
  [
    z.strictObject({ source: recordId, locator: label.optional() }),
    z.strictObject({
      url: webUrl,
      publisher: nonEmpty,
      title: nonEmpty.optional(),
      published: isoDate.optional(),
    }),
  ],
  { error: 'expected evidence as {"source": "<source id>"} or {"url": "https://…", "publisher": "…"}' },
);
export type Evidence = z.infer<typeof evidence>;

/** Editors may point a record at the JSON Schema Astro generates; the field carries no data. */
export const schemaPointer = z.string().optional();

/**
 * Who made a report: the body responsible for the task or figure itself, the Steering Committee or
 * its agencies, an inspecting or supervising body (National Assembly, Fatherland Front, inspectors),
 * or the press on its own account. A self-report and an independent one must never read alike.
 */
export const REPORTERS = ['responsible-body', 'steering-committee', 'oversight', 'press'] as const;
export type Reporter = (typeof REPORTERS)[number];
export const reporter = z.enum(REPORTERS, { error: `expected who reported it, one of: ${REPORTERS.join(', ')}` });
