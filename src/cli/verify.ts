/**
 * `npm run verify -- <archive.zip | manifest.json>`: check a release and the current data, trusting
 * nothing handed over. An archive must match its SHA256SUMS; the manifest must match its own hash,
 * its data hash and its signature (checked with the public key committed in the repository, never
 * one from the archive); every recorded release must chain to the one before and be signed; and the
 * current data must keep everything each of them published. Every failure is one line; exit 1.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import yauzl from 'yauzl';
import { contentDir, releasesDir } from '../data/content-dir.ts';
import { loadDataset } from '../data/load-dataset.ts';
import { ALLOWED_SIGNERS_FILE, RECORDS_FILE, RELEASES_DIR, SIGNATURE_FILE, recordedReleases } from '../data/releases.ts';
import { checkSignature } from '../data/signing.ts';
import { sha256 } from '../lib/sha256.ts';
import type { Dataset } from '../domain/dataset.ts';
import { guardRelease, type ReleaseToKeep } from '../domain/integrity/guard.ts';
import { archiveEntryProblems, readManifest, sumsProblems } from '../domain/integrity/manifest-check.ts';
import type { PublishedRecords } from '../domain/integrity/published.ts';
import { exitAfterOutput } from './exit.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

/** What a release hands over: the manifest's text and, when present, its checksum, signature and records. */
interface Handed {
  label: string;
  text: string;
  checksum: string | null;
  signature: Buffer | null;
  records: string | null;
  /** For an archive: every entry's SHA-256, to compare with the signed manifest's file list. */
  entries: Map<string, string> | null;
}

const KEPT = ['release/manifest.json', 'release/manifest.sha256', `release/${SIGNATURE_FILE}`, `release/${RECORDS_FILE}`, 'SHA256SUMS'];

/** Every entry's SHA-256, and the bytes of the few entries verify reads. */
function readZip(path: string): Promise<{ hashes: Map<string, string>; kept: Map<string, Buffer> }> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('unreadable'));
      const hashes = new Map<string, string>();
      const kept = new Map<string, Buffer>();
      zip.on('error', reject);
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err ?? new Error(`cannot read ${entry.fileName}`));
          const hash = createHash('sha256');
          const chunks: Buffer[] = [];
          const keep = KEPT.includes(entry.fileName);
          stream.on('data', (c: Buffer) => {
            hash.update(c);
            if (keep) chunks.push(c);
          });
          stream.on('error', reject);
          stream.on('end', () => {
            hashes.set(entry.fileName, hash.digest('hex'));
            if (keep) kept.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve({ hashes, kept }));
      zip.readEntry();
    });
  });
}

async function handedRelease(path: string, fail: (line: string) => void): Promise<Handed | null> {
  if (!existsSync(path)) return (fail(`${path}: no such file`), null);
  if (path.endsWith('.zip')) {
    let zip: Awaited<ReturnType<typeof readZip>>;
    try {
      zip = await readZip(path);
    } catch (error) {
      return (fail(`${path}: not a readable zip archive (${error instanceof Error ? error.message : String(error)})`), null);
    }
    const sums = zip.kept.get('SHA256SUMS');
    if (sums === undefined) fail(`${path}: has no SHA256SUMS, so its files cannot be checked`);
    else for (const line of sumsProblems(sums.toString('utf8'), zip.hashes)) fail(`${path} › ${line}`);
    const manifest = zip.kept.get('release/manifest.json');
    if (manifest === undefined) return (fail(`${path}: has no release/manifest.json`), null);
    return {
      label: `${path} › release/manifest.json`,
      text: manifest.toString('utf8'),
      checksum: zip.kept.get('release/manifest.sha256')?.toString('utf8') ?? null,
      signature: zip.kept.get(`release/${SIGNATURE_FILE}`) ?? null,
      records: zip.kept.get(`release/${RECORDS_FILE}`)?.toString('utf8') ?? null,
      entries: zip.hashes,
    };
  }
  const beside = (name: string) => (existsSync(join(dirname(path), name)) ? readFileSync(join(dirname(path), name)) : null);
  return {
    label: path,
    text: readFileSync(path, 'utf8'),
    checksum: beside('manifest.sha256')?.toString('utf8') ?? null,
    signature: existsSync(`${path}.sig`) ? readFileSync(`${path}.sig`) : null,
    records: beside(RECORDS_FILE)?.toString('utf8') ?? null,
    entries: null,
  };
}

/** The signature over `text`, checked with the committed public key. */
function signatureProblem(text: string, signature: Buffer | null, allowedSigners: string): string | null {
  if (signature === null) return `no signature (${SIGNATURE_FILE}): releases are signed by "npm run release:record"`;
  const dir = mkdtempSync(join(tmpdir(), 'ck57-verify-'));
  try {
    writeFileSync(join(dir, SIGNATURE_FILE), signature);
    return checkSignature(text, join(dir, SIGNATURE_FILE), allowedSigners);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function parseRecords(text: string | null, where: string, fail: (line: string) => void): { path: string; value: PublishedRecords } | null {
  if (text === null) return null;
  try {
    return { path: where, value: JSON.parse(text) as PublishedRecords };
  } catch (error) {
    fail(`${where}: not JSON (${error instanceof Error ? error.message : String(error)})`);
    return null;
  }
}

export async function verify(path: string): Promise<boolean> {
  const failures: string[] = [];
  const fail = (line: string) => void failures.push(line);
  const releases = releasesDir ?? RELEASES_DIR;
  const allowedSigners = join(releases, ALLOWED_SIGNERS_FILE);
  const toKeep: ReleaseToKeep[] = [];
  let uncovered = false;

  // 1. What was handed over.
  const handed = await handedRelease(path, fail);
  let handedManifest: ReleaseToKeep['manifest'] | null = null;
  if (handed !== null) {
    const read = readManifest(handed.text);
    for (const p of read.problems) fail(`${handed.label} › ${p}`);
    if (handed.checksum !== null && !handed.checksum.startsWith(`${sha256(handed.text)}  `))
      fail(`${handed.label}: does not match manifest.sha256 beside it`);
    const unsigned = signatureProblem(handed.text, handed.signature, allowedSigners);
    if (unsigned !== null) fail(`${handed.label}: ${unsigned}`);
    if (read.manifest !== null) {
      for (const line of archiveEntryProblems(read.manifest, handed.entries)) fail(`${path} › ${line}`);
      if (handed.entries !== null && read.manifest.archive === undefined) uncovered = true;
      handedManifest = read.manifest;
      toKeep.push({
        path: handed.label,
        manifest: read.manifest,
        records: parseRecords(handed.records, `${handed.label.replace(/manifest\.json$/, RECORDS_FILE)}`, fail),
      });
    }
  }

  // 2. Every recorded release: valid, signed, chained to the one before.
  let recorded: ReturnType<typeof recordedReleases> = [];
  try {
    recorded = recordedReleases(process.cwd(), releases);
  } catch (error) {
    fail(`${releases}/: a recorded release cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  let before: (typeof recorded)[number] | null = null;
  for (const release of recorded) {
    const read = readManifest(release.text);
    for (const p of read.problems) fail(`${release.path} › ${p}`);
    const sig = join(dirname(release.path), SIGNATURE_FILE);
    const unsigned = signatureProblem(release.text, existsSync(sig) ? readFileSync(sig) : null, allowedSigners);
    if (unsigned !== null) fail(`${release.path}: ${unsigned}`);
    const expected = before?.sha256 ?? null;
    if (release.manifest.previous !== expected)
      fail(
        `${release.path} › previous: expected ${expected === null ? 'null (the first release)' : `${expected}, the SHA-256 of ${before!.path}`}; found ${JSON.stringify(release.manifest.previous)}`,
      );
    if (read.manifest !== null) toKeep.push({ path: release.path, manifest: read.manifest, records: release.records });
    before = release;
  }

  // 3. The handed release is recorded, or chains to the recorded ones as a build of its date does.
  if (handed !== null && handedManifest !== null) {
    const same = recorded.find((r) => r.text === handed.text);
    // Not a recorded release: it follows the newest recorded at or before its date (one of the same
    // date when corrections were added after that release was recorded).
    const prior = recorded.filter((r) => r.manifest.dataDate <= handedManifest!.dataDate).at(-1);
    if (same === undefined && handedManifest.previous !== (prior?.sha256 ?? null)) {
      fail(
        `${handed.label} › previous: expected ${prior ? `${prior.sha256}, the SHA-256 of ${prior.path}` : 'null (no release recorded by its date)'}; found ${JSON.stringify(handedManifest.previous)}`,
      );
    }
  }

  // 4. The current data keeps what every one of them published.
  let data: Dataset | null = null;
  try {
    data = loadDataset(process.cwd(), contentDir);
  } catch (error) {
    for (const line of (error instanceof Error ? error.message : String(error)).split('\n')) fail(line);
  }
  if (data !== null) for (const release of toKeep) for (const line of guardRelease(release, data, contentDir)) fail(line);

  if (failures.length > 0) {
    console.error(`Verification of ${path} failed:`);
    for (const line of failures) console.error(`  ${line}`);
    return false;
  }
  const events = Object.values(handedManifest!.events).reduce((n, links) => n + links.length, 0);
  console.log(
    `Verified ${path}: ${path.endsWith('.zip') ? `every file matches SHA256SUMS${uncovered ? ' (its pages and style sheets only that: this manifest predates signing them)' : ' and the signed manifest'}; ` : ''}the manifest of ${handedManifest!.dataDate} matches its hashes and is signed with the key in ${allowedSigners}; ${recorded.length} recorded release${recorded.length === 1 ? '' : 's'} chained and signed; the data in ${contentDir}/ keeps all ${Object.keys(handedManifest!.records.tasks).length} published tasks and ${events} published events, and every other published record.`,
  );
  return true;
}

if (import.meta.main) {
  const path = process.argv[2];
  if (!path) {
    console.error('Usage: npm run verify -- <archive .zip or release manifest.json>');
    await exitAfterOutput(1);
  }
  let ok = false;
  try {
    ok = await verify(path!);
  } catch (error) {
    console.error(`Verification of ${path} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  await exitAfterOutput(ok ? 0 : 1);
}
