/**
 * `npm run release:record`: keep the release just built in releases/<date>/ — its manifest, the
 * records it published and the manifest's signature — so later builds chain to it and refuse data
 * that rewrites what it published. Commit the folder. The signing key stays outside the
 * repository (src/data/signing.ts says where); its public half is releases/allowed_signers.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSettings } from '../data/build-settings.ts';
import { ALLOWED_SIGNERS_FILE, RECORDS_FILE, SIGNATURE_FILE } from '../data/releases.ts';
import { checkSignature, hasSigningKey, signFile, signingKeyPath } from '../data/signing.ts';
import { exitAfterOutput } from './exit.ts';

function record(): string | null {
  const { distDir: dist, releasesDir: releases, contentDir } = buildSettings();
  // Other data (the benchmark's) has no releases of its own and must never be recorded beside the real ones.
  if (releases === null) return `${contentDir} has no releases folder: set CK57_RELEASES to the one its releases are kept in.`;
  const built = join(dist, 'release');
  const manifest = join(built, 'manifest.json');
  if (!existsSync(manifest)) return `No ${manifest}: run "npm run build" first.`;
  if (!existsSync(join(built, RECORDS_FILE))) return `No ${join(built, RECORDS_FILE)}: rebuild with this version ("npm run build").`;
  const signature = join(built, SIGNATURE_FILE);
  if (!existsSync(signature)) {
    if (!hasSigningKey()) {
      return `No signing key at ${signingKeyPath()} (set CK57_SIGNING_KEY to use another). Create one outside the repository with: ssh-keygen -t ed25519 -N '' -f ${signingKeyPath()}, then put its public key in ${join(releases, ALLOWED_SIGNERS_FILE)} as: cong-khai-57 namespaces="cong-khai-57" <key>`;
    }
    const failed = signFile(manifest);
    if (failed !== null) return `Signing ${manifest}: ${failed}`;
    console.log(`Signed ${manifest}; the archive in ${join(dist, 'downloads')} was built without the signature: rebuild to include it.`);
  }
  const wrong = checkSignature(readFileSync(manifest), signature, join(releases, ALLOWED_SIGNERS_FILE));
  if (wrong !== null) return `${signature}: ${wrong}. Add the signing key's public half to ${join(releases, ALLOWED_SIGNERS_FILE)}.`;
  const { dataDate } = JSON.parse(readFileSync(manifest, 'utf8')) as { dataDate: string };
  const target = join(releases, dataDate);
  if (existsSync(join(target, 'manifest.json')))
    return `${join(target, 'manifest.json')} is already recorded; a recorded release is never replaced.`;
  mkdirSync(target, { recursive: true });
  for (const file of [RECORDS_FILE, SIGNATURE_FILE]) copyFileSync(join(built, file), join(target, file));
  // The manifest last: a folder with a manifest is a recorded release.
  copyFileSync(manifest, join(target, 'manifest.json'));
  console.log(`Recorded and signed ${target}/. Commit it: later builds check the data against it.`);
  return null;
}

const failure = record();
if (failure !== null) console.error(failure);
await exitAfterOutput(failure === null ? 0 : 1);
