/** SHA256SUMS in the format `sha256sum -c` reads: "<hex>  <path>", one file a line, sorted. */
import { createHash } from 'node:crypto';

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** @param files each file's path and its SHA-256 in hex */
export function sha256sums(files: readonly { path: string; hash: string }[]): string {
  return [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => `${f.hash}  ${f.path}\n`)
    .join('');
}
