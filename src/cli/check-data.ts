/**
 * `npm run check:data`: check the content folder — the JSON records and the editorial pages that
 * name them — and print every problem, one a line. Exit 1 when there is any, so nothing is built
 * from bad data.
 */
import { checkContent } from '../data/load-dataset.ts';
import { contentDir } from '../data/content-dir.ts';
import { readProse } from '../data/read-prose.ts';
import { recordedReleases } from '../data/releases.ts';
import type { IndexedDataset } from '../domain/dataset.ts';
import { checkProse } from '../domain/prose/check-prose.ts';
import { formatProblem } from '../domain/validate/problem.ts';
import { exitAfterOutput } from './exit.ts';
import { ledgerState } from '../data/translation-ledger.ts';
import { readEvidenceLedger } from '../data/evidence-ledger.ts';
import { checkEvidenceLedger } from '../domain/validate/evidence-checks.ts';

/** The checked dataset, or every problem of the data, one a line (file, field, expected, found). */
export function checkedData(root: string): { dataset: IndexedDataset; problems: [] } | { dataset: null; problems: string[] } {
  const { problems: dataProblems, dataset, content } = checkContent(root, contentDir);
  // The editorial pages name records: check them against the data as it was read.
  const ids = <T extends { data: { id: string } }>(records: T[]) => new Set(records.map((r) => r.data.id));
  const proseProblems = checkProse(readProse(root, contentDir), {
    sources: ids(content.sources),
    meetings: new Set(content.sources.filter((r) => r.data.kind === 'meeting').map((r) => r.data.id)),
    agencies: ids(content.agencies),
    tasks: ids(content.tasks),
    indicators: ids(content.indicators),
    releases: new Set(recordedReleases(root).map((r) => r.manifest.dataDate)),
  });
  // The translation and evidence ledgers name texts and links: check them once the data has read cleanly.
  const ledgerProblems = dataset === null ? [] : ledgerState(root, contentDir, dataset).problems;
  const evidenceProblems = dataset === null ? [] : checkEvidenceLedger(readEvidenceLedger(root, contentDir), dataset).problems;
  const problems = [...dataProblems, ...proseProblems, ...ledgerProblems, ...evidenceProblems];
  if (dataset === null || problems.length > 0) {
    const heading = `The data in ${contentDir}/ has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was published:`;
    return { dataset: null, problems: [heading, ...problems.map((problem) => `  ${formatProblem(problem)}`)] };
  }
  return { dataset, problems: [] };
}

/** The checked dataset, or null after printing every problem. */
export function checkData(root: string): IndexedDataset | null {
  const { dataset, problems } = checkedData(root);
  if (dataset === null) {
    for (const line of problems) console.error(line);
    return null;
  }
  console.log(passedLine(dataset));
  return dataset;
}

/** What a passed check prints: how much data, of which date. */
export const passedLine = (dataset: IndexedDataset): string =>
  `Data check passed: ${dataset.tasks.length} tasks, ${dataset.agencies.length} bodies, ${dataset.sources.length} sources, ${dataset.indicators.length} indicators (as of ${dataset.meta.asOf}).`;

if (import.meta.main) {
  await exitAfterOutput(checkData(process.cwd()) ? 0 : 1);
}
