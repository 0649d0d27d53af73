/**
 * Astro's content collections: the editorial pages (MDX). The JSON data is not one of them:
 * the data-check integration reads and checks content/ once (src/integrations/data-check.ts) and
 * hands that one result, the build's context, to the pages and to every after-build step, so no
 * second copy is validated or hashed. The editors' JSON Schemas come from the same data contract (src/cli/write-schemas.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageFrontmatterSchema } from './domain/prose/page-schema.ts';
import { contentDir } from './data/content-dir.ts';

export const collections = {
  // Editorial pages: content/pages/<page>/<locale>.mdx; the id is that path without ".mdx".
  pages: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${contentDir}/pages`, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    schema: pageFrontmatterSchema,
  }),
};
