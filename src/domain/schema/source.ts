/** A source document: a resolution, decision, law, meeting or the news report of a meeting. */
import { z } from 'zod';
import { LOCALE_CODES, isoDate, label, localizedText, recordId, schemaPointer, webUrl } from './primitives.ts';
import { revisions } from './revision.ts';

export const SOURCE_KINDS = ['resolution', 'decision', 'regulation', 'plan', 'law', 'notice', 'meeting', 'news-report'] as const;

export const sourceSchema = z.strictObject({
  $schema: schemaPointer,
  id: recordId,
  kind: z.enum(SOURCE_KINDS, { error: `expected one of: ${SOURCE_KINDS.join(', ')}` }),
  /** Official number, e.g. "57-NQ/TW"; absent for meetings and reports. */
  number: label.optional(),
  title: localizedText,
  /** The body that issued the document or held the meeting; null when the source does not say. */
  issuer: recordId.nullable(),
  /** Date of the document or meeting; null when no source states it (shown as unknown). */
  date: isoDate.nullable(),
  /** For a news report: the outlet that published it. */
  outlet: label.optional(),
  url: webUrl.nullable(),
  /** Why there is no `url`: no public page exists, it was taken down, it is only on paper… Shown beside "address not recorded". */
  urlNote: localizedText.optional(),
  /** Language of the document at `url`. */
  language: z.enum(LOCALE_CODES, { error: `expected one of: ${LOCALE_CODES.join(', ')}` }),
  /** For a news report: the meeting it reports on. */
  meeting: recordId.optional(),
  summary: localizedText.optional(),
  revisions,
});
export type Source = z.infer<typeof sourceSchema>;
