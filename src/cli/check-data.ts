/**
 * `npm run check:data`: check the content folder and print every problem, one a line.
 * Exit 1 when there is any, so nothing is built from bad data.
 */
import { checkContent } from '../data/load-dataset.ts';
import { contentDir } from '../data/content-dir.ts';
import type { IndexedDataset } from '../domain/dataset.ts';
import { formatProblem } from '../domain/validate/problem.ts';
import { exitAfterOutput } from './exit.ts';

/** The checked dataset, or null after printing every problem. */
export function checkData(root: string): IndexedDataset | null {
  const { problems, dataset } = checkContent(root, contentDir);
  if (dataset === null) {
    console.error(`The data in ${contentDir}/ has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was published:`);
    for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
    return null;
  }
  console.log(
    `Data check passed: ${dataset.tasks.length} tasks, ${dataset.agencies.length} bodies, ${dataset.sources.length} sources, ${dataset.indicators.length} indicators (as of ${dataset.meta.asOf}).`,
  );
  return dataset;
}

if (import.meta.main) {
  await exitAfterOutput(checkData(process.cwd()) ? 0 : 1);
}
