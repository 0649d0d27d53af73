/** The public key releases are signed with, as committed (releases/allowed_signers), for the pages that show it. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { releasesDir } from './content-dir.ts';
import { ALLOWED_SIGNERS_FILE, RELEASES_DIR } from './releases.ts';
import { VERIFY_COMMAND } from '../domain/integrity/signature.ts';

export interface PublicKey {
  /** The allowed_signers line, as a reader saves it. */
  line: string;
  /** The command that checks a manifest with it. */
  command: string;
}

export function publicKey(): PublicKey | null {
  const path = join(process.cwd(), releasesDir ?? RELEASES_DIR, ALLOWED_SIGNERS_FILE);
  if (!existsSync(path)) return null;
  const line = readFileSync(path, 'utf8')
    .split('\n')
    .find((l) => l.trim() !== '' && !l.startsWith('#'));
  if (line === undefined) return null;
  return { line, command: VERIFY_COMMAND };
}
