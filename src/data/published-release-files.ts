/**
 * The signed releases as the site publishes them (src/data/published-releases.ts copies them into
 * release/), with each file's size measured from the file itself, for the pages that link them.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { releasesDir } from './content-dir.ts';
import { ALLOWED_SIGNERS_FILE, RECORDS_FILE, SIGNATURE_FILE, recordedReleases } from './releases.ts';
import { publicKeys } from './signing-key.ts';
import { signerKeyOf } from '../domain/integrity/ssh-signature.ts';

export interface PublishedFile {
  /** Its address on the site, e.g. /release/2026-12-01/manifest.json. */
  href: string;
  name: string;
  bytes: number;
}

export interface PublishedRelease {
  date: string;
  files: PublishedFile[];
  /** The number of the published key its signature names (releases/allowed_signers' order); null when unsigned or by no published key. */
  signedWith: number | null;
}

const file = (path: string, href: string, name: string): PublishedFile[] =>
  existsSync(path) ? [{ href, name, bytes: statSync(path).size }] : [];

let memo: PublishedRelease[] | undefined;

/** Newest first. Read once per build: fourteen pages list them, and a release's manifest grows with the data. */
export function publishedReleases(root = process.cwd()): PublishedRelease[] {
  return (memo ??= listReleases(root));
}

function listReleases(root: string): PublishedRelease[] {
  const keys = publicKeys(root);
  return recordedReleases(root)
    .map((r) => {
      const dir = resolve(root, dirname(r.path));
      const date = r.manifest.dataDate;
      const signature = join(dir, SIGNATURE_FILE);
      const signer = existsSync(signature) ? signerKeyOf(readFileSync(signature, 'utf8')) : null;
      return {
        date,
        files: ['manifest.json', SIGNATURE_FILE, RECORDS_FILE].flatMap((name) => file(join(dir, name), `/release/${date}/${name}`, name)),
        signedWith: keys.find((k) => k.blob === signer)?.number ?? null,
      };
    })
    .reverse();
}

/** The public key as a file the site publishes, release/allowed_signers; null when none is committed. */
export function publishedKeyFile(root = process.cwd()): PublishedFile | null {
  if (releasesDir === null) return null;
  return file(resolve(root, releasesDir, ALLOWED_SIGNERS_FILE), `/release/${ALLOWED_SIGNERS_FILE}`, ALLOWED_SIGNERS_FILE)[0] ?? null;
}
