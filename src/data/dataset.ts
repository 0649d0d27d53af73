/** The pages' view of the build's one checked dataset (src/data/load-dataset.ts). */
import type { IndexedDataset } from '../domain/dataset.ts';
import { buildDataset } from './load-dataset.ts';

export function getDataset(): Promise<IndexedDataset> {
  return Promise.resolve(buildDataset());
}
