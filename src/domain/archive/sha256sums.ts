/** SHA256SUMS in the format `sha256sum -c` reads: "<hex>  <path>", one file a line, sorted. */
import { createHash } from 'node:crypto';

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function sha256sums(files: readonly { path: string; bytes: Uint8Array }[]): string {
  return [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => `${sha256(f.bytes)}  ${f.path}\n`)
    .join('');
}
