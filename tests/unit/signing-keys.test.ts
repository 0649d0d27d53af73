/**
 * After a change of signing key the pages list every published key and say which one signed each
 * release. The key is read from the signature itself and must be the one OpenSSH names: the
 * fingerprints here are compared with what `ssh-keygen -l` prints for throwaway keys.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprintOf, publicKeys } from '../../src/data/signing-key.ts';
import { signerKeyOf } from '../../src/domain/integrity/ssh-signature.ts';

const work = mkdtempSync(join(tmpdir(), 'ck57-keys-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function makeKey(name: string): { path: string; blob: string; fingerprint: string } {
  const path = join(work, name);
  spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', name, '-f', path]);
  const blob = readFileSync(`${path}.pub`, 'utf8').split(' ')[1] ?? '';
  const fingerprint = spawnSync('ssh-keygen', ['-l', '-f', `${path}.pub`], { encoding: 'utf8' }).stdout.split(' ')[1] ?? '';
  return { path, blob, fingerprint };
}
const first = makeKey('first');
const second = makeKey('second');
mkdirSync(join(work, 'releases'));
writeFileSync(
  join(work, 'releases', 'allowed_signers'),
  [
    '# Key 1, lost.',
    `cong-khai-57 namespaces="cong-khai-57" ssh-ed25519 ${first.blob}`,
    '',
    '  # Key 2, from the change on; a line with no key on it is left out.',
    'cong-khai-57 namespaces="cong-khai-57"',
    `cong-khai-57 namespaces="cong-khai-57" ssh-ed25519 ${second.blob} a comment`,
    '',
  ].join('\n'),
);
const signed = join(work, 'manifest.json');
writeFileSync(signed, '{"dataDate":"2026-12-04"}\n');
spawnSync('ssh-keygen', ['-q', '-Y', 'sign', '-f', second.path, '-n', 'cong-khai-57', signed], { input: '' });
const signature = readFileSync(`${signed}.sig`, 'utf8');

describe('the published keys', () => {
  it('are numbered in the file’s order, comments left out, with the fingerprints OpenSSH prints', () => {
    const keys = publicKeys(work);
    expect(keys.map((k) => [k.number, k.blob, k.fingerprint])).toEqual([
      [1, first.blob, first.fingerprint],
      [2, second.blob, second.fingerprint],
    ]);
    expect(first.fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
    expect(keys[1]?.line).toBe(`cong-khai-57 namespaces="cong-khai-57" ssh-ed25519 ${second.blob} a comment`);
  });

  it('the repository’s own file lists the first key, which signed the recorded releases, then the second', () => {
    const keys = publicKeys();
    expect(keys[0]?.fingerprint).toBe('SHA256:G0BNjl3z+AkzY+yTuZ2vwcLJ2J4XyMOFS+jM9NmQrFU');
    const recorded = signerKeyOf(readFileSync('releases/2026-12-01/manifest.json.sig', 'utf8'));
    expect(recorded).toBe(keys[0]?.blob);
    expect(fingerprintOf(recorded ?? '')).toBe(keys[0]?.fingerprint);
  });
});

describe('the key a signature names', () => {
  it('is the key that made it', () => {
    expect(signerKeyOf(signature)).toBe(second.blob);
    expect(signerKeyOf(signature)).not.toBe(first.blob);
  });

  it('is null for text that is not an SSH signature', () => {
    expect(signerKeyOf('')).toBeNull();
    expect(signerKeyOf('-----BEGIN SSH SIGNATURE-----\n!!!\n-----END SSH SIGNATURE-----')).toBeNull();
    const body = signature.split('\n').slice(1, -2).join('');
    const notSshsig = btoa(`XXXXXX${atob(body).slice(6)}`);
    expect(signerKeyOf(`-----BEGIN SSH SIGNATURE-----\n${notSshsig}\n-----END SSH SIGNATURE-----\n`)).toBeNull();
    // A key length of 1 MiB with the megabyte there: refused, not spread into one call (which throws).
    const huge = btoa(`SSHSIG\x00\x00\x00\x01\x00\x10\x00\x00${'A'.repeat(1 << 20)}`);
    expect(signerKeyOf(`-----BEGIN SSH SIGNATURE-----\n${huge}\n-----END SSH SIGNATURE-----\n`)).toBeNull();
  });
});
