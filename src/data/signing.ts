/**
 * Release signatures with OpenSSH's `ssh-keygen -Y`, which every reader already has: the
 * maintainers sign the manifest with a key kept outside the repository; the public key is committed
 * as releases/allowed_signers, so anyone can check a release with
 *   ssh-keygen -Y verify -f releases/allowed_signers -I cong-khai-57 -n cong-khai-57 -s manifest.json.sig < manifest.json
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { buildSettings } from './build-settings.ts';

import { NAMESPACE, SIGNER } from '../domain/integrity/signature.ts';

/** The private key: CK57_SIGNING_KEY, else ~/.config/cong-khai-57/release-signing-key. Never inside the repository. */
export function signingKeyPath(): string {
  return buildSettings().signingKey;
}

export function hasSigningKey(): boolean {
  return existsSync(signingKeyPath());
}

/** Sign `file`, writing `<file>.sig` beside it. Returns null, or why it failed. */
export function signFile(file: string, key = signingKeyPath()): string | null {
  const run = spawnSync('ssh-keygen', ['-q', '-Y', 'sign', '-f', key, '-n', NAMESPACE, file], { encoding: 'utf8', input: '' });
  if (run.error) return `could not run ssh-keygen (${run.error.message}); install OpenSSH`;
  if (run.status !== 0) return `ssh-keygen -Y sign failed: ${(run.stderr || run.stdout).trim().split('\n')[0]}`;
  return null;
}

/** Does `signature` sign `data` under a key in `allowedSigners`? Returns null, or why not. */
export function checkSignature(data: Uint8Array | string, signature: string, allowedSigners: string): string | null {
  if (!existsSync(allowedSigners)) return `no public key to check it with: ${allowedSigners} is missing`;
  const run = spawnSync('ssh-keygen', ['-Y', 'verify', '-f', allowedSigners, '-I', SIGNER, '-n', NAMESPACE, '-s', signature], {
    input: data,
    encoding: 'utf8',
  });
  if (run.error) return `could not run ssh-keygen (${run.error.message}); install OpenSSH`;
  if (run.status !== 0) return `the signature does not verify with ${allowedSigners} (${(run.stderr || run.stdout).trim().split('\n')[0]})`;
  return null;
}
