/**
 * Reading and checking a content folder. A build does it once, in the data-check integration, and
 * passes the result on in its context (src/data/build-context.ts); tools that run alone (verify,
 * tests, the benchmark) read and check it here too.
 */
import { indexDataset, type IndexedDataset } from '../domain/dataset.ts';
import type { Problem } from '../domain/validate/problem.ts';
import { formatProblem } from '../domain/validate/problem.ts';
import { validateContent } from '../domain/validate/validate-content.ts';
import type { ParsedContent } from '../domain/validate/cross-checks.ts';
import { readContent } from './read-content.ts';

/** Read and check a content folder: every problem, or the indexed dataset when there is none. */
export function checkContent(root: string, dir: string): { problems: Problem[]; dataset: IndexedDataset | null; content: ParsedContent } {
  const { problems, content } = validateContent(readContent(root, dir));
  if (problems.length > 0 || content.meta === null) return { problems, dataset: null, content };
  const dataset = indexDataset({
    meta: content.meta.data,
    agencies: content.agencies.map((r) => r.data),
    sources: content.sources.map((r) => r.data),
    tasks: content.tasks.map((r) => r.data),
    indicators: content.indicators.map((r) => r.data),
    assessments: content.assessments.map((r) => r.data),
  });
  return { problems, dataset, content };
}

/** A content folder's dataset; throws with every problem when the data is bad. */
export function loadDataset(root: string, dir: string): IndexedDataset {
  const { problems, dataset } = checkContent(root, dir);
  if (dataset === null) throw new Error(`The data in ${dir} has problems:\n${problems.map(formatProblem).join('\n')}`);
  return dataset;
}
