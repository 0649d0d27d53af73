/**
 * Every recorded release as it was signed — manifest.json, manifest.json.sig, records.json — and
 * the public key (allowed_signers), copied byte for byte into the site's release/ folder, which the
 * archive carries too: release/<data date>/… and release/allowed_signers. The site's own
 * release/manifest.json describes this build and is signed only when the build is a release.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { releasesDir } from './content-dir.ts';
import { ALLOWED_SIGNERS_FILE, RECORDS_FILE, SIGNATURE_FILE, recordedReleases } from './releases.ts';

/** Copies them into `target` (the site's release/ folder); returns how many releases were copied. */
export function copyRecordedReleases(root: string, target: string, folder: string | null = releasesDir): number {
  if (folder === null) return 0;
  const releases = recordedReleases(root, folder);
  for (const release of releases) {
    const from = resolve(root, dirname(release.path));
    const to = join(target, release.manifest.dataDate);
    mkdirSync(to, { recursive: true });
    for (const name of ['manifest.json', SIGNATURE_FILE, RECORDS_FILE])
      if (existsSync(join(from, name))) copyFileSync(join(from, name), join(to, name));
  }
  const signers = resolve(root, folder, ALLOWED_SIGNERS_FILE);
  if (existsSync(signers)) copyFileSync(signers, join(target, ALLOWED_SIGNERS_FILE));
  return releases.length;
}
