/**
 * The build steps that run after Astro has written the pages, in the order they depend on each
 * other: the search index reads the pages; the open data and feeds read the data; the manifest
 * hashes every file written so far; the archive packs everything, manifest included.
 */
import type { AstroIntegration } from 'astro';
import { searchIndex } from './search.ts';

export function portalIntegrations(): AstroIntegration[] {
  return [
    searchIndex(),
    // 2. open data files and feeds                                  (src/integrations/open-data.ts)
    // 3. release manifest                                           (src/integrations/manifest.ts)
    // 4. offline archive (zip + SHA256SUMS)                         (src/integrations/archive.ts)
  ];
}
