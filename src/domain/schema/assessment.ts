/**
 * An independent assessment of a task by a monitor (for example the Fatherland Front): their own
 * reading of where the task stands, with evidence. Shown beside the self-reported status.
 */
import { z } from 'zod';
import { evidence, isoDate, localizedText, recordId, schemaPointer } from './primitives.ts';
import { REPORTED_STATUSES } from './task.ts';
import { revisions } from './revision.ts';

export const assessmentSchema = z.strictObject({
  $schema: schemaPointer,
  id: recordId,
  task: recordId,
  organisation: localizedText,
  date: isoDate,
  /** The status the monitor finds, in the same terms as a status report. */
  assessment: z.enum(REPORTED_STATUSES, { error: `expected one of: ${REPORTED_STATUSES.join(', ')}` }),
  comment: localizedText,
  evidence: z.array(evidence).min(1, { error: 'expected at least one piece of evidence' }),
  revisions,
});
export type Assessment = z.infer<typeof assessmentSchema>;
