/** A responsible body: who can be assigned a task and held to account for it. */
import { z } from 'zod';
import { isoDate, localizedText, recordId, schemaPointer, evidence } from './primitives.ts';
import { revisions } from './revision.ts';

export const AGENCY_KINDS = [
  'party-leadership', // Politburo, Secretariat, Central Committee
  'steering-committee', // the Central Steering Committee and its standing bodies
  'party-office', // Party Central Office and other central Party agencies
  'advisory-council',
  'party-committee', // Party committees of the Government, National Assembly, Fatherland Front
  'government', // the Government, the Prime Minister, Government steering bodies
  'ministry',
  'ministry-level-agency',
  'national-assembly',
  'fatherland-front',
  'province',
  'city', // centrally-run city
  'commune',
  'group', // a named set of bodies ("all ministries and localities"), not one organisation
] as const;

export const agencySchema = z.strictObject({
  $schema: schemaPointer,
  id: recordId,
  name: localizedText,
  shortName: localizedText.optional(),
  kind: z.enum(AGENCY_KINDS, { error: `expected one of: ${AGENCY_KINDS.join(', ')}` }),
  parent: recordId.nullable(),
  /** The office that answers for this body's tasks, e.g. "Minister of Science and Technology". */
  leaderRole: localizedText.optional(),
  /** Where the body's existence, name or structure is documented. */
  evidence: z.array(evidence).default([]),
  /** The body this one was merged into; set by a revision dated when the merger took effect. */
  mergedInto: recordId.optional(),
  /** The date the body was dissolved; set by a revision, the body's page and record stay. */
  dissolved: isoDate.optional(),
  /** Renames, merges, dissolution: changes to published fields, and a withdrawal. */
  revisions,
});
export type Agency = z.infer<typeof agencySchema>;
