/**
 * Load and check a content folder outside Astro (release tools, tests, benchmarks): the same
 * check as the build, then the indexed dataset. Throws with every problem when the data is bad.
 */
import { indexDataset, type IndexedDataset } from '../domain/dataset.ts';
import { formatProblem } from '../domain/validate/problem.ts';
import { validateContent } from '../domain/validate/validate-content.ts';
import { readContent } from './read-content.ts';
import { contentDir } from './content-dir.ts';

let built: IndexedDataset | undefined;

/**
 * The data this build publishes, read and checked once: the after-build steps (search, manifest,
 * archive) all need it, and at national scale each fresh read and check costs seconds.
 */
export function buildDataset(): IndexedDataset {
  built ??= loadDataset(process.cwd(), contentDir);
  return built;
}

export function loadDataset(root: string, contentDir: string): IndexedDataset {
  const { problems, content } = validateContent(readContent(root, contentDir));
  if (problems.length > 0 || content.meta === null) {
    throw new Error(`The data in ${contentDir} has problems:\n${problems.map(formatProblem).join('\n')}`);
  }
  return indexDataset({
    meta: content.meta.data,
    agencies: content.agencies.map((r) => r.data),
    sources: content.sources.map((r) => r.data),
    tasks: content.tasks.map((r) => r.data),
    indicators: content.indicators.map((r) => r.data),
    assessments: content.assessments.map((r) => r.data),
  });
}
