/** The pages every sitemap file draws from: the data's records, the editorial pages and the listings' pages. */
import type { IndexedDataset } from '../domain/dataset.ts';
import { pagePaths, sitemapChunks } from '../domain/site-map.ts';
import { changesListingPaths } from './changes-listing.ts';
import { progressListingPaths } from './progress-listing.ts';
import { standalonePages } from './prose.ts';
import { responsibilityListingPaths } from './responsibility-listing.ts';

let shared: { data: IndexedDataset; chunks: Promise<string[][]> } | undefined;

/** Every page path below the locale, cut into sitemap files; worked out once per build. */
export function sitemapPages(data: IndexedDataset): Promise<string[][]> {
  if (shared?.data !== data) {
    const chunks = standalonePages().then((prose) =>
      sitemapChunks(
        pagePaths(data, [...prose, ...changesListingPaths(data), ...responsibilityListingPaths(data), ...progressListingPaths(data)]),
      ),
    );
    shared = { data, chunks };
  }
  return shared.chunks;
}
