/**
 * The one read and check of the data. `npm run build` checks content/ once, then hands the result
 * to Astro's pages and to every after-build step (search, open data, feeds, manifest, archive),
 * which all run in the build's process. Vite loads those modules apart from the build command's
 * own, so the checked dataset is kept on globalThis under one well-known key rather than in a
 * module variable. Tools that run alone (verify, tests, the benchmark) read and check it here too.
 */
import { dataPart } from '../domain/integrity/manifest.ts';
import { indexDataset, type IndexedDataset } from '../domain/dataset.ts';
import type { Problem } from '../domain/validate/problem.ts';
import { formatProblem } from '../domain/validate/problem.ts';
import { validateContent } from '../domain/validate/validate-content.ts';
import type { ParsedContent } from '../domain/validate/cross-checks.ts';
import { readContent } from './read-content.ts';
import { contentDir } from './content-dir.ts';

export type DataPart = ReturnType<typeof dataPart>;

interface BuildData {
  dataset: IndexedDataset;
  /** The data's record hashes and event chains, made at most once (the manifest and pages need them). */
  dataPart?: DataPart;
}

const SHARED = Symbol.for('cong-khai-57.build-data');
const shared = globalThis as typeof globalThis & { [SHARED]?: BuildData };

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

/** Hand the build the dataset the build command has just checked, so nothing checks it again. */
export function shareBuildDataset(dataset: IndexedDataset): void {
  shared[SHARED] = { dataset };
}

/** Whether a build command has shared its checked dataset already. */
export function hasBuildDataset(): boolean {
  return shared[SHARED] !== undefined;
}

function buildData(): BuildData {
  // Outside `npm run build` (astro check, a test importing a page module) nothing was shared yet.
  shared[SHARED] ??= { dataset: loadDataset(process.cwd(), contentDir) };
  return shared[SHARED];
}

/** The dataset this build publishes. */
export function buildDataset(): IndexedDataset {
  return buildData().dataset;
}

/** Its record hashes and event chains, computed once per build. */
export function buildDataPart(): DataPart {
  const data = buildData();
  data.dataPart ??= dataPart(data.dataset);
  return data.dataPart;
}
