/**
 * The build steps that run after Astro has written the pages, in the order they depend on each
 * other: the per-record feeds and JSON read the data; the search index reads the pages; the
 * manifest hashes every file written so far; the archive packs everything, manifest included.
 * (Packing beside the indexing saved a minute at 20,000 tasks but put three large processes in
 * memory at once, 5.1 GB against a 4 GB budget: one after the other instead.)
 */
import type { AstroIntegration } from 'astro';
import { searchIndex } from './search.ts';
import { offlineArchive } from './archive.ts';
import { releaseManifest } from './manifest.ts';
import { recordFiles } from './record-files.ts';

export function portalIntegrations(): AstroIntegration[] {
  return [
    // Tables, whole-dataset files and overall feeds are Astro endpoints (src/pages/data,
    // src/pages/[lang]/feeds), written with the pages; the per-record files come right after.
    recordFiles(),
    searchIndex(),
    releaseManifest(),
    offlineArchive(),
  ];
}
