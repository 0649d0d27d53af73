/**
 * The offline archive's packer: `node src/cli/pack-archive.ts <site folder> <data date>` packs
 * every file of the built site except earlier downloads and Pagefind's index, then README.txt and
 * SHA256SUMS, writes the zip and its checksum files into downloads/, and prints
 * {"entries":…,"bytes":…}. The build runs it as a child process with a capped heap: packing
 * 375,000 entries leaves garbage a large heap would let grow to gigabytes before collecting it.
 *
 * Entries are made one at a time (read, rewrite URLs, hash, compress), so memory stays flat
 * however large the site. Deterministic: sorted paths, every timestamp the data date.
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { filesUnder } from '../data/site-files.ts';
import ZipStream from 'zip-stream';
import { archiveName, DOWNLOADS } from '../domain/archive/names.ts';
import { archiveReadme } from '../domain/archive/readme.ts';
import { dropModuleScripts, rewriteCss, rewriteHtml } from '../domain/archive/relative-urls.ts';
import { sha256, sha256sums } from '../domain/archive/sha256sums.ts';

/** Not archived: earlier downloads, and Pagefind's index, which cannot run from disk. */
const LEFT_OUT = [`${DOWNLOADS}/`, 'pagefind/'];

function archived(root: string, path: string): Uint8Array {
  const bytes = readFileSync(join(root, path));
  if (path.endsWith('.html')) return Buffer.from(rewriteHtml(dropModuleScripts(bytes.toString('utf8')), `/${path}`));
  if (path.endsWith('.css')) return Buffer.from(rewriteCss(bytes.toString('utf8'), `/${path}`));
  return bytes;
}

/**
 * Write the entries to a zip at `target`, each hashed on the way, then SHA256SUMS from those hashes.
 * (yazl, used before, looks for its next entry from the first one each time: quadratic, hours at
 * 400,000 entries. zip-stream, archiver's engine, takes entries in sequence.)
 */
async function writeZip(target: string, entries: AsyncIterable<{ path: string; bytes: Uint8Array }>, date: Date): Promise<{ entries: number; hash: string }> {
  const zip = new ZipStream({ zlib: { level: 6 } });
  const zipHash = createHash('sha256');
  // Written synchronously as it comes: a write stream would buffer whatever the disk has not yet
  // taken, and zip-stream keeps accepting entries meanwhile (the 20,000-task archive ran out of heap).
  const fd = openSync(target, 'w');
  zip.on('data', (chunk: Buffer) => {
    zipHash.update(chunk);
    writeSync(fd, chunk);
  });
  const ended = new Promise<void>((resolve, reject) => {
    zip.on('end', resolve);
    zip.on('error', reject);
  });
  const hashes: { path: string; hash: string }[] = [];
  const add = (name: string, bytes: Uint8Array) =>
    new Promise<void>((resolve, reject) => {
      hashes.push({ path: name, hash: sha256(bytes) });
      zip.entry(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { name, date, mode: 0o644 }, (error) => (error ? reject(error) : resolve()));
    });
  try {
    for await (const { path, bytes } of entries) await add(path, bytes);
    await add('SHA256SUMS', Buffer.from(sha256sums(hashes)));
    void zip.finalize();
    await ended;
  } finally {
    closeSync(fd);
  }
  return { entries: hashes.length, hash: zipHash.digest('hex') };
}

async function main(out: string, asOf: string): Promise<number> {
  const name = archiveName(asOf);
  mkdirSync(join(out, DOWNLOADS), { recursive: true });
  const target = join(out, DOWNLOADS, name);
  const partial = `${target}.partial`;
  async function* entries() {
    for (const path of filesUnder(out).filter((p) => !LEFT_OUT.some((prefix) => p.startsWith(prefix)))) yield { path, bytes: archived(out, path) };
    yield { path: 'README.txt', bytes: Buffer.from(archiveReadme(asOf, name)) };
  }
  const { entries: count, hash } = await writeZip(partial, entries(), new Date(`${asOf}T00:00:00Z`));
  renameSync(partial, target);
  const line = `${hash}  ${name}\n`;
  writeFileSync(join(out, DOWNLOADS, `${name}.sha256`), line);
  writeFileSync(join(out, DOWNLOADS, 'SHA256SUMS'), line);
  console.log(JSON.stringify({ entries: count, bytes: statSync(target).size }));
  return 0;
}

const [out, asOf] = process.argv.slice(2);
if (!out || !asOf) {
  console.error('usage: node src/cli/pack-archive.ts <site folder> <data date>');
  process.exit(2);
}
process.exit(await main(out, asOf));
