/**
 * The offline archive: the whole built site in one zip named with the data date, URLs made
 * relative so it opens from disk, SHA256SUMS inside and beside it, the release manifest included.
 * The packing is done by src/cli/pack-archive.ts in a child process whose heap is capped, so its
 * garbage cannot add gigabytes to the build's peak memory; it starts as soon as the pages and record
 * files are written and packs them while the search index is being built, then waits for the
 * manifest. Pagefind's index is not archived: it needs a web server, and the archive searches with
 * its own offline index.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { AstroIntegrationLogger } from 'astro';
import { archiveName } from '../domain/archive/names.ts';

/** Enough for the packer's own records at 20,000 tasks (~700 MB at 375,000 entries), with room to spare. */
const PACKER_HEAP_MB = 1536;

export interface Packer {
  /**
   * SHA-256 of every file packed so far: `files` as published (all but the search index, downloads
   * and release/), `archived` as the archive carries those it changes (pages, style sheets) and README.txt.
   */
  published: Promise<{ files: Record<string, string>; archived: Record<string, string> }>;
  /** Pack release/ (now written), README.txt and SHA256SUMS, and close the zip. */
  finish(): Promise<void>;
  /** Stop packing and wait until the packer has exited: the build failed, and its folder goes. */
  stop(): Promise<void>;
}

export function startPacker(out: string, asOf: string, logger: AstroIntegrationLogger): Packer {
  logger.info('packing the offline archive beside the search index…');
  const started = performance.now();
  const script = join(process.cwd(), 'src', 'cli', 'pack-archive.ts');
  const child = spawn(process.execPath, [`--max-old-space-size=${PACKER_HEAP_MB}`, script, out, asOf], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<number>((resolve) => {
    child.on('close', (code) => resolve(code ?? 1));
    // Could not start at all (e.g. out of memory): no 'close' follows.
    child.on('error', () => resolve(1));
  });
  const failed = exited.then((code) => new Error(`Packing the offline archive failed (exit ${code}).`));
  // A packer that died before reading its input: the exit code tells it; the broken pipe need not.
  child.stdin.on('error', () => undefined);
  const lines = createInterface({ input: child.stdout });
  const next = () =>
    Promise.race([new Promise<string>((resolve) => lines.once('line', resolve)), failed.then((error) => Promise.reject(error))]);
  const published = next().then((line) => {
    logger.info(`site files packed in ${Math.round(performance.now() - started)} ms; waiting for the manifest`);
    return JSON.parse(line) as { files: Record<string, string>; archived: Record<string, string> };
  });
  // Awaited by the build; marked handled now so a packer failing during indexing fails the build
  // through the normal path, not as an unhandled rejection.
  published.catch(() => undefined);
  return {
    published,
    async finish() {
      await published;
      const done = next();
      child.stdin.end('release written\n');
      const { entries, bytes } = JSON.parse(await done) as { entries: number; bytes: number };
      if ((await exited) !== 0) throw await failed;
      logger.info(
        `${archiveName(asOf)}: ${entries} files, ${(bytes / 1_048_576).toFixed(1)} MiB in ${Math.round(performance.now() - started)} ms`,
      );
    },
    async stop() {
      if (child.exitCode === null) child.kill();
      await exited;
    },
  };
}
