/**
 * `npm run release:record` signs with a key outside the repository (a throwaway one here), keeps the
 * manifest byte for byte with its records and signature, and never replaces a recorded release.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_RELEASES } from '../support/fixture.ts';

const work = mkdtempSync(join(tmpdir(), 'ck57-record-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const dist = join(work, 'dist');
const releases = join(work, 'releases');
const key = join(work, 'keys', 'release-signing-key');
mkdirSync(join(work, 'keys'));
mkdirSync(join(dist, 'release'), { recursive: true });
mkdirSync(releases);
cpSync(join(FIXTURE_RELEASES, '2026-03-13', 'manifest.json'), join(dist, 'release', 'manifest.json'));
cpSync(join(FIXTURE_RELEASES, '2026-03-13', 'records.json'), join(dist, 'release', 'records.json'));
spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', key]);
writeFileSync(
  join(releases, 'allowed_signers'),
  `cong-khai-57 namespaces="cong-khai-57" ${readFileSync(`${key}.pub`, 'utf8').split(' ').slice(0, 2).join(' ')}\n`,
);

const record = (signingKey: string) =>
  spawnSync(process.execPath, ['src/cli/record-release.ts'], {
    env: { ...process.env, CK57_DIST: dist, CK57_RELEASES: releases, CK57_SIGNING_KEY: signingKey },
    encoding: 'utf8',
  });

describe('npm run release:record', () => {
  it('says where to make a key, in one line, when there is none', () => {
    const run = record(join(work, 'keys', 'missing'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `No signing key at ${join(work, 'keys', 'missing')} (set CK57_SIGNING_KEY to use another). Create one outside the repository with: ssh-keygen -t ed25519`,
    );
    expect(existsSync(join(releases, '2026-03-13'))).toBe(false);
  });

  it('refuses to record a build of other data (the benchmark’s) beside the real releases', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, CK57_DIST: dist, CK57_CONTENT: 'bench-output/content-1300', CK57_SIGNING_KEY: key };
    delete env['CK57_RELEASES'];
    const run = spawnSync(process.execPath, ['src/cli/record-release.ts'], {
      env,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('bench-output/content-1300 has no releases folder: set CK57_RELEASES');
    expect(existsSync(join(releases, '2026-03-13'))).toBe(false);
  });

  it('signs and records the manifest unchanged, with its records, checkable with ssh-keygen -Y verify', () => {
    const run = record(key);
    expect(run.status).toBe(0);
    const target = join(releases, '2026-03-13');
    expect(readFileSync(join(target, 'manifest.json'))).toEqual(readFileSync(join(FIXTURE_RELEASES, '2026-03-13', 'manifest.json')));
    expect(existsSync(join(target, 'records.json'))).toBe(true);
    const check = spawnSync(
      'ssh-keygen',
      [
        '-Y',
        'verify',
        '-f',
        join(releases, 'allowed_signers'),
        '-I',
        'cong-khai-57',
        '-n',
        'cong-khai-57',
        '-s',
        join(target, 'manifest.json.sig'),
      ],
      {
        input: readFileSync(join(target, 'manifest.json')),
        encoding: 'utf8',
      },
    );
    expect(check.status).toBe(0);
  });

  it('never replaces a recorded release', () => {
    const run = record(key);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('is already recorded; a recorded release is never replaced.');
  });
});
