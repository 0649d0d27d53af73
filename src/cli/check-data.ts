/**
 * `npm run check:data`: check the content folder and print every problem, one a line.
 * Exit 1 when there is any, so nothing is built from bad data.
 */
import { readContent } from '../data/read-content.ts';
import { contentDir } from '../data/content-dir.ts';
import { formatProblem } from '../domain/validate/problem.ts';
import { validateContent } from '../domain/validate/validate-content.ts';
import { checkProse } from '../domain/prose/check-prose.ts';
import { readProse } from '../data/read-prose.ts';
import { recordedReleases } from '../data/releases.ts';

export function checkData(root: string): boolean {
  const { problems: dataProblems, content } = validateContent(readContent(root, contentDir));
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
  const problems = [...dataProblems, ...proseProblems];
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
  process.exit(checkData(process.cwd()) ? 0 : 1);
}
