/** Where the built site keeps its downloads, its release manifest and its search index, and the archive's name. */
export const DOWNLOADS = 'downloads';
export const RELEASE = 'release';
export const SEARCH_INDEX = 'pagefind';

/** @example archiveName('2026-03-13') // 'cong-khai-57-2026-03-13.zip' */
export function archiveName(asOf: string): string {
  return `cong-khai-57-${asOf}.zip`;
}
