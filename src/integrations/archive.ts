/**
 * The offline archive: the whole built site in one zip named with the data date, URLs made
 * relative so it opens from disk, SHA256SUMS inside and beside it. Deterministic: entries sorted,
 * every timestamp set to the data date, so the same site gives the same bytes.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import yazl from 'yazl';
import { loadDataset } from '../data/load-dataset.ts';
import { contentDir } from '../data/content-dir.ts';
import { archiveReadme } from '../domain/archive/readme.ts';
import { dropModuleScripts, rewriteCss, rewriteHtml } from '../domain/archive/relative-urls.ts';
import { sha256, sha256sums } from '../domain/archive/sha256sums.ts';

export const DOWNLOADS = 'downloads';

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'))
    .filter((path) => !path.startsWith(`${DOWNLOADS}/`))
    .sort();
}

function archived(root: string, path: string): Uint8Array {
  const bytes = readFileSync(join(root, path));
  if (path.endsWith('.html')) return Buffer.from(rewriteHtml(dropModuleScripts(bytes.toString('utf8')), `/${path}`));
  if (path.endsWith('.css')) return Buffer.from(rewriteCss(bytes.toString('utf8'), `/${path}`));
  return bytes;
}

function zip(entries: { path: string; bytes: Uint8Array }[], mtime: Date): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const archive = new yazl.ZipFile();
    for (const entry of entries) archive.addBuffer(Buffer.from(entry.bytes), entry.path, { mtime, mode: 0o100644, compress: true });
    archive.end();
    const chunks: Buffer[] = [];
    archive.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    archive.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    archive.outputStream.on('error', reject);
  });
}

export function archiveName(asOf: string): string {
  return `cong-khai-57-${asOf}.zip`;
}

export function offlineArchive(): AstroIntegration {
  return {
    name: 'cong-khai-57:archive',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const { asOf } = loadDataset(process.cwd(), contentDir).meta;
        const name = archiveName(asOf);
        const entries = filesUnder(out).map((path) => ({ path, bytes: archived(out, path) }));
        entries.push({ path: 'README.txt', bytes: Buffer.from(archiveReadme(asOf, name)) });
        entries.push({ path: 'SHA256SUMS', bytes: Buffer.from(sha256sums(entries)) });
        const bytes = await zip(entries, new Date(`${asOf}T00:00:00Z`));
        mkdirSync(join(out, DOWNLOADS), { recursive: true });
        writeFileSync(join(out, DOWNLOADS, name), bytes);
        const line = `${sha256(bytes)}  ${name}\n`;
        writeFileSync(join(out, DOWNLOADS, `${name}.sha256`), line);
        writeFileSync(join(out, DOWNLOADS, 'SHA256SUMS'), line);
        logger.info(`${name}: ${entries.length} files, ${(bytes.length / 1_048_576).toFixed(1)} MiB in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
