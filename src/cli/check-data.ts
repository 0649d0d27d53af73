/**
 * `npm run check:data`: check the content folder and print every problem, one a line.
 * Exit 1 when there is any, so nothing is built from bad data.
 */
import { readContent } from '../data/read-content.ts';
import { contentDir } from '../data/content-dir.ts';
import { formatProblem } from '../domain/validate/problem.ts';
import { validateContent } from '../domain/validate/validate-content.ts';
import { exitAfterOutput } from './exit.ts';

export function checkData(root: string): boolean {
  const { problems, content } = validateContent(readContent(root, contentDir));
  if (problems.length > 0) {
    console.error(`The data in ${contentDir}/ has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was published:`);
    for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
    return false;
  }
  console.log(
    `Data check passed: ${content.tasks.length} tasks, ${content.agencies.length} bodies, ${content.sources.length} sources, ${content.indicators.length} indicators (as of ${content.meta?.data.asOf}).`,
  );
  return true;
}

if (import.meta.main) {
  await exitAfterOutput(checkData(process.cwd()) ? 0 : 1);
}
