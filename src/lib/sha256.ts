/** SHA-256 in hex, with Node's crypto: the one hash of records, events, files and manifests. */
import { createHash } from 'node:crypto';

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
