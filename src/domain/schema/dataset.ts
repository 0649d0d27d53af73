/** The dataset's own record: the date its facts were last checked, and publication settings. */
import { z } from 'zod';
import { LOCALE_CODES, isoDate, label, localizedText, schemaPointer, webUrl } from './primitives.ts';
import { revisions } from './revision.ts';

export const datasetSchema = z.strictObject({
  $schema: schemaPointer,
  /** Every status is derived at this date, never at the build clock, so builds are reproducible. */
  asOf: isoDate,
  title: localizedText,
  /** A task whose last event is older than this many days is flagged "not updated". */
  staleAfterDays: z.number().int().positive(),
  licence: z.strictObject({ id: label, name: label, url: webUrl }),
  /** Where readers report a problem with a record: an e-mail address, or a form. */
  feedback: z.strictObject({
    email: z.email({ error: 'expected an e-mail address such as name@example.org' }).optional(),
    formUrl: webUrl.optional(),
  }),
  /** Changes to the published title, licence or settings (`asOf` moves forward freely). */
  revisions,
  /**
   * How the record texts of a language were written, when not by the editors themselves: with
   * machine assistance (translated from the Vietnamese, checked against the English) or reviewed
   * by a native speaker. The translation-status page shows it beside the language.
   */
  translations: z
    .partialRecord(
      z.enum(LOCALE_CODES),
      z.strictObject({ method: z.enum(['machine-assisted', 'reviewed']), date: isoDate, note: z.string().trim().min(1).optional() }),
    )
    .optional(),
});
export type DatasetMeta = z.infer<typeof datasetSchema>;
