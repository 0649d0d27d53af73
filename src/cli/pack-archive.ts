/**
 * The offline archive's packer: `node src/cli/pack-archive.ts <site folder> <data date>`, run by the
 * build as a child process while the search index is being written (src/integrations/index.ts):
 *
 * 1. packs every file of the built site except earlier downloads, Pagefind's index (being written
 *    meanwhile) and the release manifest (not yet written), and prints one line: {"files":{path:
 *    SHA-256 of the file as published}, "archived":{path: SHA-256 as archived, for every file the
 *    archive carries otherwise (pages and style sheets, their links made relative; README.txt)}} —
 *    the hashes the manifest needs, so no file is read twice, and so the signed manifest covers
 *    every file of the archive, not only those archived as published;
 * 2. waits for a line on its standard input, sent once release/ has been written (if its input
 *    closes first, the build is gone, and so is the packer);
 * 3. packs release/, README.txt and SHA256SUMS, writes the zip and its checksum files into
 *    downloads/, and prints {"entries":…,"bytes":…}.
 *
 * Its heap is capped: packing 375,000 entries leaves garbage a large heap would let grow to
 * gigabytes before collecting it. Entries are made one at a time (read, rewrite URLs, hash,
 * compress), so memory stays flat however large the site. Deterministic: a fixed order (sorted
 * paths, then release/, README.txt, SHA256SUMS) and every timestamp the data date.
 */
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { filesUnder } from '../data/site-files.ts';
import ZipStream from 'zip-stream';
import { archiveName, DOWNLOADS, RELEASE, SEARCH_INDEX } from '../domain/archive/names.ts';
import { archiveReadme } from '../domain/archive/readme.ts';
import { dropModuleScripts, rewriteCss, rewriteHtml } from '../archive/relative-urls.ts';
import { sha256sums } from '../archive/sha256sums.ts';
import { sha256 } from '../lib/sha256.ts';
import { latestRelease } from '../data/releases.ts';

/**
 * Not archived: earlier downloads, and Pagefind's index, which cannot run from disk. The release
 * manifest is packed last.
 */
const LEFT_OUT = [DOWNLOADS, SEARCH_INDEX, RELEASE];

/** Bytes gathered before one write to the zip file. */
const WRITE_BYTES = 4 * 1_048_576;

/**
 * The files to pack first, in path order. The site's top-level folders are listed one by one so the
 * search index, being written meanwhile, is never read.
 */
function filesToPack(out: string): string[] {
  return readdirSync(out, { withFileTypes: true })
    .filter((entry) => !LEFT_OUT.includes(entry.name))
    .flatMap((entry) =>
      entry.isDirectory() ? filesUnder(join(out, entry.name)).map((path) => `${entry.name}/${path}`) : entry.isFile() ? [entry.name] : [],
    )
    .sort();
}

/** A file as published (its hash goes into the manifest) and as archived (URLs made relative). */
function archived(root: string, path: string): { published: Uint8Array; bytes: Uint8Array } {
  const published = readFileSync(join(root, path));
  if (path.endsWith('.html'))
    return { published, bytes: Buffer.from(rewriteHtml(dropModuleScripts(published.toString('utf8')), `/${path}`)) };
  if (path.endsWith('.css')) return { published, bytes: Buffer.from(rewriteCss(published.toString('utf8'), `/${path}`)) };
  return { published, bytes: published };
}

/**
 * The build's word that release/ is written: the first line on standard input. Listened for from
 * the start, so that a build that dies meanwhile (its end of the pipe closes) stops the packer at
 * once instead of leaving it writing into a folder about to be deleted.
 */
function releaseWritten(): Promise<void> {
  const lines = createInterface({ input: process.stdin });
  let received = false;
  lines.once('close', () => {
    if (received) return;
    console.error('The build stopped before writing release/; packing abandoned.');
    process.exit(1);
  });
  return new Promise((resolve) => {
    lines.once('line', () => {
      received = true;
      lines.close();
      resolve();
    });
  });
}

/**
 * Write the entries to a zip at `target`, each hashed on the way, then SHA256SUMS from those hashes.
 * (yazl, used before, looks for its next entry from the first one each time: quadratic, hours at
 * 400,000 entries. zip-stream, archiver's engine, takes entries in sequence.)
 */
async function writeZip(
  target: string,
  entries: AsyncIterable<{ path: string; bytes: Uint8Array; hash?: string }>,
  date: Date,
): Promise<{ entries: number; hash: string }> {
  const zip = new ZipStream({ zlib: { level: 6 } });
  const zipHash = createHash('sha256');
  // Written synchronously as it comes: a write stream would buffer whatever the disk has not yet
  // taken, and zip-stream keeps accepting entries meanwhile (the 20,000-task archive ran out of heap).
  const fd = openSync(target, 'w');
  // zip-stream emits a chunk per header and per compressed block: tens of thousands of small writes,
  // a system call each (5 of the 17 s of packing at N = 1,300). Gathered into 4 MiB writes instead.
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = () => {
    if (pendingBytes === 0) return;
    writeSync(fd, pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingBytes));
    pending = [];
    pendingBytes = 0;
  };
  zip.on('data', (chunk: Buffer) => {
    zipHash.update(chunk);
    pending.push(chunk);
    pendingBytes += chunk.length;
    if (pendingBytes >= WRITE_BYTES) flush();
  });
  const ended = new Promise<void>((resolve, reject) => {
    zip.on('end', resolve);
    zip.on('error', reject);
  });
  const hashes: { path: string; hash: string }[] = [];
  const add = (name: string, bytes: Uint8Array, hash = sha256(bytes)) =>
    new Promise<void>((resolve, reject) => {
      hashes.push({ path: name, hash });
      zip.entry(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { name, date, mode: 0o644 }, (error) =>
        error ? reject(error) : resolve(),
      );
    });
  try {
    for await (const { path, bytes, hash } of entries) await add(path, bytes, hash);
    await add('SHA256SUMS', Buffer.from(sha256sums(hashes)));
    void zip.finalize();
    await ended;
    flush();
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
  const goAhead = releaseWritten();
  async function* entries() {
    const published: Record<string, string> = {};
    const changed: Record<string, string> = {};
    for (const path of filesToPack(out)) {
      const file = archived(out, path);
      const hash = sha256(file.published);
      published[path] = hash;
      if (file.bytes === file.published) {
        // A file archived as published is hashed once for both lists.
        yield { path, bytes: file.bytes, hash };
      } else {
        changed[path] = sha256(file.bytes);
        yield { path, bytes: file.bytes, hash: changed[path] };
      }
    }
    const readme = Buffer.from(archiveReadme(asOf, name, latestRelease(process.cwd(), asOf)?.manifest.dataDate ?? null));
    changed['README.txt'] = sha256(readme);
    console.log(JSON.stringify({ files: published, archived: changed }));
    await goAhead;
    for (const path of filesUnder(join(out, RELEASE))) yield { path: `${RELEASE}/${path}`, bytes: readFileSync(join(out, RELEASE, path)) };
    yield { path: 'README.txt', bytes: readme, hash: changed['README.txt'] };
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
