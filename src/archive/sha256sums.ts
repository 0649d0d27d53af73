/** SHA256SUMS in the format `sha256sum -c` reads: "<hex>  <path>", one file a line, sorted. */
import { compareStrings } from '../domain/compare.ts';

/** @param files each file's path and its SHA-256 in hex */
export function sha256sums(files: readonly { path: string; hash: string }[]): string {
  return [...files]
    .sort((a, b) => compareStrings(a.path, b.path))
    .map((f) => `${f.hash}  ${f.path}\n`)
    .join('');
}
