/** Load the collections once per build and hand pages the indexed dataset. */
import { getCollection } from 'astro:content';
import { indexDataset, type IndexedDataset } from '../domain/dataset.ts';

let loaded: Promise<IndexedDataset> | undefined;

async function load(): Promise<IndexedDataset> {
  const [metaEntries, agencies, sources, tasks, indicators, assessments] = await Promise.all([
    getCollection('dataset'),
    getCollection('agencies'),
    getCollection('sources'),
    getCollection('tasks'),
    getCollection('indicators'),
    getCollection('assessments'),
  ]);
  const meta = metaEntries[0]?.data;
  if (!meta) throw new Error('content/dataset.json is missing: the data check should have stopped the build.');
  return indexDataset({
    meta,
    agencies: agencies.map((e) => e.data),
    sources: sources.map((e) => e.data),
    tasks: tasks.map((e) => e.data),
    indicators: indicators.map((e) => e.data),
    assessments: assessments.map((e) => e.data),
  });
}

export function getDataset(): Promise<IndexedDataset> {
  loaded ??= load();
  return loaded;
}
