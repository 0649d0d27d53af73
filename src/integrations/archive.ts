/**
 * The offline archive: the whole built site in one zip named with the data date, URLs made
 * relative so it opens from disk, SHA256SUMS inside and beside it. Runs last, after the release
 * manifest, which it includes. The packing is done by src/cli/pack-archive.ts in a child process
 * whose heap is capped, so its garbage cannot add gigabytes to the build's peak memory. Pagefind's
 * index is not archived: it needs a web server, and the archive searches with its own offline index.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildDataset } from '../data/load-dataset.ts';
import { archiveName } from '../domain/archive/names.ts';

/** Enough for the packer's own records at 20,000 tasks (~700 MB at 375,000 entries), with room to spare. */
const PACKER_HEAP_MB = 1536;

export function offlineArchive(): AstroIntegration {
  return {
    name: 'cong-khai-57:archive',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // The benchmark times each phase from these start lines.
        logger.info('packing the offline archive…');
        const started = performance.now();
        const { asOf } = buildDataset().meta;
        const script = join(process.cwd(), 'src', 'cli', 'pack-archive.ts');
        const child = spawn(process.execPath, [`--max-old-space-size=${PACKER_HEAP_MB}`, script, fileURLToPath(dir), asOf], { stdio: ['ignore', 'pipe', 'inherit'] });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
        const code = await new Promise<number>((resolve) => child.on('close', (exit) => resolve(exit ?? 1)));
        if (code !== 0) throw new Error(`Packing the offline archive failed (exit ${code}).`);
        const { entries, bytes } = JSON.parse(output) as { entries: number; bytes: number };
        logger.info(`${archiveName(asOf)}: ${entries} files, ${(bytes / 1_048_576).toFixed(1)} MiB in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
