/**
 * The pages' view of the build's one context, handed to them by the data-check integration through
 * the typed virtual module `virtual:ck57/build-context` (src/integrations/build-context-plugin.ts).
 * Under `astro dev` the module is made again after every edit of the content folder.
 */
import { context, problems } from 'virtual:ck57/build-context';
import type { BuildContext } from './build-context.ts';
import type { IndexedDataset } from '../domain/dataset.ts';

/** The build's context; throws with every problem of the data when it has any (`astro dev` shows them). */
export function getBuildContext(): BuildContext {
  if (context === null) throw new Error(`The data has ${problems.length} problem(s); fix them and reload:\n${problems.join('\n')}`);
  return context;
}

export function getDataset(): Promise<IndexedDataset> {
  return Promise.resolve(getBuildContext().dataset);
}
