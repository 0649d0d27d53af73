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
export const webUrl = z
  .string({ error: 'expected a web address starting with http:// or https://' })
  .refine(
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

const nonEmpty = z.string({ error: 'expected text' }).trim().min(1, { error: 'expected non-empty text' });

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
    z.strictObject({ source: recordId, locator: z.string().min(1).optional() }),
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
