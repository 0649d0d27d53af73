/**
 * The evidence ledger (content/evidence-checks.json): for an evidence link, when someone last
 * checked that it still shows what it is cited for, and where an archived copy is kept. Keyed by the
 * link's address, so published records need no edit when a link is checked again. Only true dates:
 * a link nobody has checked has no entry.
 */
import { z } from 'zod';
import { isoDate, webUrl } from './primitives.ts';

export const evidenceCheck = z.strictObject({
  /** The day the link was opened and found to show what it is cited for. */
  checked: isoDate,
  /** An archived copy's address (e.g. the Internet Archive's), when one exists. */
  archived: webUrl.optional(),
});
export type EvidenceCheck = z.infer<typeof evidenceCheck>;

export const evidenceChecks = z.record(z.string(), evidenceCheck);
export type EvidenceChecks = z.infer<typeof evidenceChecks>;
