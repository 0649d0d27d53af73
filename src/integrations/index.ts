/**
 * The build steps that run after Astro has written the pages, in the order they depend on each
 * other: the search index reads the pages; the open data and feeds read the data; the manifest
 * hashes every file written so far; the archive packs everything, manifest included.
 */
import type { AstroIntegration } from 'astro';
import { searchIndex } from './search.ts';
import { offlineArchive } from './archive.ts';
import { releaseManifest } from './manifest.ts';

export function portalIntegrations(): AstroIntegration[] {
  return [
    searchIndex(),
    // Open data files and feeds are Astro endpoints (src/pages/data, src/pages/[lang]/feeds), written with the pages.
    releaseManifest(),
    offlineArchive(),
  ];
}
