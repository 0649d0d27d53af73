/** The evidence ledger as the build publishes it: content/evidence-checks.json, checked with the data (npm run check:data). */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { EvidenceChecks } from '../domain/schema/evidence-check.ts';
import { checkEvidenceLedger } from '../domain/validate/evidence-checks.ts';
import type { RawFile } from '../domain/validate/validate-content.ts';
import { formatProblem } from '../domain/validate/problem.ts';
import { EVIDENCE_LEDGER } from './read-content.ts';
import type { BuildSettings } from './build-settings.ts';
import type { IndexedDataset } from '../domain/dataset.ts';

export function readEvidenceLedger(root: string, dir: string): RawFile | null {
  const path = resolve(root, dir, EVIDENCE_LEDGER);
  return existsSync(path) ? { path: join(dir, EVIDENCE_LEDGER), text: readFileSync(path, 'utf8') } : null;
}

/** The ledger a build shows beside the evidence links (empty when there is none); kept in the build's context. */
export function buildEvidenceLedger({ root, contentDir }: BuildSettings, data: IndexedDataset): EvidenceChecks {
  const { ledger, problems } = checkEvidenceLedger(readEvidenceLedger(root, contentDir), data);
  if (problems.length > 0) throw new Error(`The evidence ledger has problems:\n${problems.map(formatProblem).join('\n')}`);
  return ledger;
}
