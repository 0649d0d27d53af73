/**
 * The offline archive: the whole built site in one zip named with the data date, URLs made
 * relative so it opens from disk, SHA256SUMS inside and beside it. Deterministic: entries sorted,
 * every timestamp set to the data date, so the same site gives the same bytes.
 *
 * Entries are streamed one at a time into a file (read, rewrite, hash, compress), so memory stays
 * flat however large the site: buffering every entry first cost gigabytes at national scale.
 * Pagefind's index is left out: it needs a web server, and the archive's pages search with their
 * own offline index (/search-offline/) instead.
 */
import { createWriteStream, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import yazl from 'yazl';
import { buildDataset } from '../data/load-dataset.ts';
import { archiveReadme } from '../domain/archive/readme.ts';
import { dropModuleScripts, rewriteCss, rewriteHtml } from '../domain/archive/relative-urls.ts';
import { sha256, sha256sums } from '../domain/archive/sha256sums.ts';

export const DOWNLOADS = 'downloads';
/** Not archived: earlier downloads, and Pagefind's index, which cannot run from disk. */
const LEFT_OUT = [`${DOWNLOADS}/`, 'pagefind/'];

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'))
    .filter((path) => !LEFT_OUT.some((prefix) => path.startsWith(prefix)))
    .sort();
}

function archived(root: string, path: string): Uint8Array {
  const bytes = readFileSync(join(root, path));
  if (path.endsWith('.html')) return Buffer.from(rewriteHtml(dropModuleScripts(bytes.toString('utf8')), `/${path}`));
  if (path.endsWith('.css')) return Buffer.from(rewriteCss(bytes.toString('utf8'), `/${path}`));
  return bytes;
}

/**
 * Write the zip to `target`: each entry's bytes are made only when yazl reaches it, hashed on the
 * way, and SHA256SUMS is made last, from those hashes. Resolves with the zip's own SHA-256.
 */
async function writeZip(target: string, paths: string[], bytesOf: (path: string) => Uint8Array, extra: { path: string; bytes: Uint8Array }[], mtime: Date): Promise<{ entries: number; hash: string }> {
  const archive = new yazl.ZipFile();
  const hashes: { path: string; hash: string }[] = [];
  const add = (path: string, make: () => Uint8Array) =>
    archive.addReadStreamLazy(path, { mtime, mode: 0o100644 }, (done) => {
      try {
        const bytes = make();
        hashes.push({ path, hash: sha256(bytes) });
        done(null, Readable.from([bytes]));
      } catch (error) {
        done(error as Error, Readable.from([]));
      }
    });
  for (const path of paths) add(path, () => bytesOf(path));
  for (const file of extra) add(file.path, () => file.bytes);
  add('SHA256SUMS', () => Buffer.from(sha256sums(hashes)));
  archive.end();
  const zipHash = createHash('sha256');
  archive.outputStream.on('data', (chunk: Buffer) => zipHash.update(chunk));
  await pipeline(archive.outputStream, createWriteStream(target));
  return { entries: paths.length + extra.length + 1, hash: zipHash.digest('hex') };
}

export function archiveName(asOf: string): string {
  return `cong-khai-57-${asOf}.zip`;
}

export function offlineArchive(): AstroIntegration {
  return {
    name: 'cong-khai-57:archive',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // The benchmark times each phase from these start lines.
        logger.info('packing the offline archive…');
        const started = performance.now();
        const out = fileURLToPath(dir);
        const { asOf } = buildDataset().meta;
        const name = archiveName(asOf);
        mkdirSync(join(out, DOWNLOADS), { recursive: true });
        const target = join(out, DOWNLOADS, name);
        const partial = `${target}.partial`;
        const { entries, hash } = await writeZip(
          partial,
          filesUnder(out),
          (path) => archived(out, path),
          [{ path: 'README.txt', bytes: Buffer.from(archiveReadme(asOf, name)) }],
          new Date(`${asOf}T00:00:00Z`),
        );
        renameSync(partial, target);
        const line = `${hash}  ${name}\n`;
        writeFileSync(join(out, DOWNLOADS, `${name}.sha256`), line);
        writeFileSync(join(out, DOWNLOADS, 'SHA256SUMS'), line);
        const size = statSync(target).size;
        logger.info(`${name}: ${entries} files, ${(size / 1_048_576).toFixed(1)} MiB in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
