/**
 * The evidence ledger checked against the data: valid entries, each for an address some record
 * cites as evidence, checked no later than the data date (a check after it would date a page by
 * the clock), with an archived copy that is not the link itself.
 */
import type { Dataset } from '../dataset.ts';
import { evidenceChecks, type EvidenceChecks } from '../schema/evidence-check.ts';
import type { Problem } from './problem.ts';
import { describeValue } from './problem.ts';
import { parseJson, type RawFile } from './validate-content.ts';
import { problemsFromZod } from './zod-problems.ts';

/** Every evidence address the records cite (tasks' history, indicators' figures, revisions, anywhere). */
export function evidenceUrls(data: Dataset): Set<string> {
  const urls = new Set<string>();
  const walk = (value: unknown, inEvidence: boolean): void => {
    if (Array.isArray(value)) for (const item of value) walk(item, inEvidence);
    else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (inEvidence && typeof record['url'] === 'string') urls.add(record['url']);
      for (const [key, child] of Object.entries(record)) walk(child, key === 'evidence');
    }
  };
  walk([data.tasks, data.indicators, data.agencies, data.sources, data.assessments, data.meta], false);
  return urls;
}

/** The ledger, or every problem with it; a missing file is an empty ledger. */
export function checkEvidenceLedger(file: RawFile | null, data: Dataset): { ledger: EvidenceChecks; problems: Problem[] } {
  if (file === null) return { ledger: {}, problems: [] };
  const problems: Problem[] = [];
  const json = parseJson(file, problems);
  if (!json.ok) return { ledger: {}, problems };
  const parsed = evidenceChecks.safeParse(json.value);
  if (!parsed.success) return { ledger: {}, problems: problemsFromZod(file.path, json.value, parsed.error) };
  const cited = evidenceUrls(data);
  for (const [url, check] of Object.entries(parsed.data)) {
    const field = JSON.stringify(url);
    if (!cited.has(url))
      problems.push({
        file: file.path,
        field,
        expected: 'the address of an evidence link some record cites',
        found: 'an address no record cites',
      });
    if (check.checked > data.meta.asOf)
      problems.push({
        file: file.path,
        field: `${field}.checked`,
        expected: `a date on or before the data date, ${data.meta.asOf}`,
        found: describeValue(check.checked),
      });
    if (check.archived === url)
      problems.push({
        file: file.path,
        field: `${field}.archived`,
        expected: 'the address of an archived copy, not the link itself',
        found: describeValue(url),
      });
  }
  return problems.length > 0 ? { ledger: {}, problems } : { ledger: parsed.data, problems: [] };
}
