/**
 * The release manifest: the data date, the hash of the previous recorded release, every record's
 * hash, every task's event chain, and the SHA-256 of every file of the site but the downloads and
 * the manifest itself. Most of those hashes come from the archive packer, which reads every file
 * anyway (src/cli/pack-archive.ts); the search index, which it does not archive, is hashed here.
 * The archive then carries the manifest.
 */
import { compareStrings } from '../domain/compare.ts';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { BuildContext } from '../data/build-context.ts';
import { filesUnder } from '../data/site-files.ts';
import { releaseStanding } from '../data/releases.ts';
import { sha256 } from '../lib/sha256.ts';
import { buildManifest, manifestText } from '../domain/integrity/manifest.ts';
import { snapshotOf, snapshotText } from '../domain/integrity/snapshot.ts';
import { RECORDS_FILE } from '../data/releases.ts';
import { hasSigningKey, signFile, signingKeyPath } from '../data/signing.ts';
import { RELEASE } from '../domain/archive/names.ts';
import { copyRecordedReleases } from '../data/published-releases.ts';

const sortedByPath = (hashes: Record<string, string>) =>
  Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => compareStrings(a, b)));

/** SHA-256 of every file under `folder` of the site, by path from the site's root. */
export function hashFolder(out: string, folder: string): Record<string, string> {
  return Object.fromEntries(
    filesUnder(join(out, folder)).map((path) => [`${folder}/${path}`, sha256(readFileSync(join(out, folder, path)))]),
  );
}

/**
 * Writes release/manifest.json and its checksum, the files listed in path order, and beside it every
 * recorded release as signed (release/<date>/) with the public key, so readers check signatures with
 * the files the site and the archive carry.
 * @param archived SHA-256 of each file as the archive carries it where that differs from the site's
 */
export function writeManifest(
  context: BuildContext,
  out: string,
  hashes: Record<string, string>,
  archived: Record<string, string>,
  logger: AstroIntegrationLogger,
): void {
  const { dataset: data, dataPart: part, settings } = context;
  const files = sortedByPath(hashes);
  // The release this data follows: a build of a recorded release chains exactly as it did.
  const { followed } = releaseStanding(settings.root, data.meta.asOf, part.dataHash, settings.releasesDir);
  const manifest = buildManifest(data, files, followed?.sha256 ?? null, part, sortedByPath(archived));
  const text = manifestText(manifest);
  mkdirSync(join(out, RELEASE), { recursive: true });
  writeFileSync(join(out, RELEASE, 'manifest.json'), text);
  writeFileSync(join(out, RELEASE, 'manifest.sha256'), `${sha256(text)}  manifest.json\n`);
  // The records as published, proven by the manifest's hashes: later builds compare field by field with them.
  writeFileSync(join(out, RELEASE, RECORDS_FILE), snapshotText(snapshotOf(data)));
  const copied = copyRecordedReleases(settings.root, join(out, RELEASE));
  if (copied > 0) logger.info(`${copied} signed release${copied === 1 ? '' : 's'} and the public key published in ${RELEASE}/`);
  // Signed here, before the archive packs release/, so the archive carries the signature. Generated
  // data (no releases folder) is never signed with the project's key.
  if (settings.releasesDir !== null && hasSigningKey()) {
    const failed = signFile(join(out, RELEASE, 'manifest.json'));
    if (failed !== null) throw new Error(`Signing the manifest with ${signingKeyPath()}: ${failed}`);
    logger.info(`manifest signed with ${signingKeyPath()}`);
  }
  logger.info(`manifest: ${Object.keys(files).length} files, data hash ${manifest.dataHash.slice(0, 12)}…`);
}
