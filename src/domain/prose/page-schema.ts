/**
 * The front matter of an editorial page (content/pages/<page>/<locale>.mdx). The page's place on
 * the site comes from its folder, its language from its file name; the front matter only says
 * what a reader sees before the text.
 */
import { z } from 'zod';
import { isoDate } from '../schema/primitives.ts';

export const pageFrontmatterSchema = z.strictObject({
  title: z.string({ error: 'expected the page title as text' }).min(1, { error: 'expected the page title as text' }),
  /** One sentence for search results and link previews. */
  description: z.string().min(1).optional(),
  /** When the text was last reviewed by an editor (not when the data changed). */
  // YAML reads an unquoted 2026-03-13 as a date; editors should not have to quote it.
  updated: z.preprocess((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value), isoDate).optional(),
});
export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>;
