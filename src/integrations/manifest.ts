/**
 * The release manifest, written after every other file but the archive: the data date, the hash
 * of the previous recorded release, every record's hash, every task's event chain, and the
 * SHA-256 of every file of the site. The archive then carries it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildDataset } from '../data/load-dataset.ts';
import { filesUnder } from '../data/site-files.ts';
import { previousRelease } from '../data/releases.ts';
import { sha256 } from '../domain/archive/sha256sums.ts';
import { buildManifest, manifestText } from '../domain/integrity/manifest.ts';
import { DOWNLOADS, RELEASE } from '../domain/archive/names.ts';

export function releaseManifest(): AstroIntegration {
  return {
    name: 'cong-khai-57:manifest',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        // The benchmark times each phase from these start lines.
        logger.info('hashing every record and file…');
        const out = fileURLToPath(dir);
        const data = buildDataset();
        const files = Object.fromEntries(
          filesUnder(out)
            .filter((path) => !path.startsWith(`${DOWNLOADS}/`) && !path.startsWith(`${RELEASE}/`))
            .map((path) => [path, sha256(readFileSync(join(out, path)))]),
        );
        const manifest = buildManifest(data, files, previousRelease(process.cwd(), data.meta.asOf)?.sha256 ?? null);
        const text = manifestText(manifest);
        mkdirSync(join(out, RELEASE), { recursive: true });
        writeFileSync(join(out, RELEASE, 'manifest.json'), text);
        writeFileSync(join(out, RELEASE, 'manifest.sha256'), `${sha256(text)}  manifest.json\n`);
        logger.info(`manifest: ${Object.keys(files).length} files, data hash ${manifest.dataHash.slice(0, 12)}…`);
      },
    },
  };
}
