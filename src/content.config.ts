/**
 * Astro's view of the data contract: one collection per folder of content/, each validated by the
 * same schema the standalone data check uses (src/domain/schema). Astro also writes a JSON Schema
 * per collection to .astro/collections/, which the data files point editors at.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { agencySchema, assessmentSchema, datasetSchema, indicatorSchema, sourceSchema, taskSchema } from './domain/schema/index.ts';
import { pageFrontmatterSchema } from './domain/prose/page-schema.ts';
import { contentDir } from './data/content-dir.ts';

const folder = (name: string) => glob({ pattern: '*.json', base: `${contentDir}/${name}` });

export const collections = {
  dataset: defineCollection({ loader: glob({ pattern: 'dataset.json', base: contentDir }), schema: datasetSchema }),
  agencies: defineCollection({ loader: folder('agencies'), schema: agencySchema }),
  sources: defineCollection({ loader: folder('sources'), schema: sourceSchema }),
  tasks: defineCollection({ loader: folder('tasks'), schema: taskSchema }),
  indicators: defineCollection({ loader: folder('indicators'), schema: indicatorSchema }),
  assessments: defineCollection({ loader: folder('assessments'), schema: assessmentSchema }),
  // Editorial pages: content/pages/<page>/<locale>.mdx; the id is that path without ".mdx".
  pages: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${contentDir}/pages`, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    schema: pageFrontmatterSchema,
  }),
};
