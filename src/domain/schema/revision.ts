/**
 * How a published value of any record changes: never by editing it, always by adding a revision
 * that says which field, the new value, when, why, on whose decision and with what evidence. A
 * record that should never have been published is withdrawn the same way and stays readable.
 * Tasks keep their own history events for deadlines, transfers and status; revisions cover every
 * other field (a re-worded title, a renamed body, a revised indicator figure).
 */
import { z } from 'zod';
import { evidence, isoDate, localizedText, recordId } from './primitives.ts';

export const revisionId = z
  .string({ error: 'expected an id of lowercase letters, digits and hyphens' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected an id of lowercase letters, digits and hyphens' });

/** "name", "observations[2].value", "targets[0].text": keys and array positions, as the data check prints them. */
export const FIELD_PATH = /^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*|\[\d+\])*$/;

const decision = {
  id: revisionId,
  /** The date the change takes effect. */
  date: isoDate,
  reason: localizedText,
  /** The body that decided the change; null when it corrects the portal's own transcription. */
  decidedBy: recordId.nullable(),
  evidence: z.array(evidence).min(1, { error: 'expected at least one piece of evidence' }),
};

export const revisionEvent = z.strictObject({
  type: z.literal('revision'),
  ...decision,
  field: z.string().regex(FIELD_PATH, { error: 'expected a field path such as "name" or "observations[2].value"' }),
  /** The field's new value, checked against the record's schema once applied. */
  value: z.json(),
});

export const withdrawalEvent = z.strictObject({
  type: z.literal('withdrawal'),
  ...decision,
});

export const revision = z.discriminatedUnion('type', [revisionEvent, withdrawalEvent], {
  error: 'expected a revision with "type" one of: revision, withdrawal',
});
export type Revision = z.infer<typeof revision>;
export type RevisionEvent = z.infer<typeof revisionEvent>;

/** Optional, not defaulted: a record without revisions must hash as it did when it was published. */
export const revisions = z.array(revision).optional();
