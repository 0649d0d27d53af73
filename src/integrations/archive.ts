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
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import ZipStream from 'zip-stream';
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
 * Write the zip to `target`, one entry at a time: each entry's bytes are made only when the
 * previous one is written, hashed on the way, and SHA256SUMS is made last, from those hashes.
 * (yazl, used before, looks for its next entry from the first one each time: quadratic, hours at
 * 400,000 entries. zip-stream, archiver's engine, takes entries in sequence.) Returns the number
 * of entries and the zip's own SHA-256.
 */
async function writeZip(target: string, paths: string[], bytesOf: (path: string) => Uint8Array, extra: { path: string; bytes: Uint8Array }[], date: Date): Promise<{ entries: number; hash: string }> {
  const zip = new ZipStream({ zlib: { level: 6 } });
  const zipHash = createHash('sha256');
  zip.on('data', (chunk: Buffer) => zipHash.update(chunk));
  const written = pipeline(zip, createWriteStream(target));
  const hashes: { path: string; hash: string }[] = [];
  const add = (name: string, bytes: Uint8Array) =>
    new Promise<void>((resolve, reject) => {
      hashes.push({ path: name, hash: sha256(bytes) });
      zip.entry(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { name, date, mode: 0o644 }, (error) => (error ? reject(error) : resolve()));
    });
  for (const path of paths) await add(path, bytesOf(path));
  for (const file of extra) await add(file.path, file.bytes);
  await add('SHA256SUMS', Buffer.from(sha256sums(hashes)));
  void zip.finalize();
  await written;
  return { entries: hashes.length, hash: zipHash.digest('hex') };
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
