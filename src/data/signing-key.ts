/**
 * The public keys releases are signed with, as committed (releases/allowed_signers), for the pages
 * that show them. When the key changes the new line is added beside the old one (older releases
 * still verify), so there can be several; they are numbered in the file's order.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { releasesDir } from './content-dir.ts';
import { ALLOWED_SIGNERS_FILE, RELEASES_DIR } from './releases.ts';

export interface PublicKey {
  /** 1 for the file's first key, 2 for the next… */
  number: number;
  /** The allowed_signers line, as a reader saves it. */
  line: string;
  /** The key blob, base64, as the line carries it (and as a signature names its signer). */
  blob: string;
  /** OpenSSH's fingerprint, as `ssh-keygen -Y verify` prints it: "SHA256:…". */
  fingerprint: string;
}

/** The key's fingerprint the way OpenSSH writes it: SHA-256 of the blob, base64 without padding. */
export function fingerprintOf(blob: string): string {
  return `SHA256:${createHash('sha256').update(Buffer.from(blob, 'base64')).digest('base64').replace(/=+$/, '')}`;
}

export function publicKeys(root = process.cwd()): PublicKey[] {
  const path = join(root, releasesDir ?? RELEASES_DIR, ALLOWED_SIGNERS_FILE);
  if (!existsSync(path)) return [];
  return (
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'))
      .map((line, i) => {
        // principal, options, key type, key blob[, comment]; the blob is the word after the type
        // (ssh-ed25519, ecdsa-sha2-…, sk-ssh-ed25519@openssh.com, …).
        const words = line.trim().split(/\s+/);
        const type = words.findIndex((w) => /^(ssh-|ecdsa-|sk-)/.test(w));
        const blob = type < 0 ? '' : (words[type + 1] ?? '');
        return { number: i + 1, line, blob, fingerprint: blob === '' ? '' : fingerprintOf(blob) };
      })
      // A line with no key on it names nothing a signature could be checked with.
      .filter((key) => key.blob !== '')
      .map((key, i) => ({ ...key, number: i + 1 }))
  );
}
