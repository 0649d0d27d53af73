/** The Open data page's verify steps as a reader copies them: the text of a command block, unescaped. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from './built-site.ts';

/** The characters Astro escapes in text, back as a reader sees them. */
export const decodeHtml = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The built English Open data page, where the steps are printed. */
export const dataPage = (dir = distDir) => readFileSync(join(dir, 'en', 'data', 'index.html'), 'utf8');

/** The text of the command block marked data-verify="<kind>", as a reader copies it. */
export function verifyCommands(page: string, kind: string): string {
  const match = new RegExp(`<pre[^>]*data-verify="${kind}"[^>]*><code[^>]*>([\\s\\S]*?)</code></pre>`).exec(page);
  if (!match) throw new Error(`no data-verify="${kind}" block on /en/data/`);
  return decodeHtml(match[1]!);
}
