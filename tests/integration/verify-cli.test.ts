/**
 * `npm run verify` trusts nothing it is handed. Releases here are signed with a throwaway key made
 * in a temp folder; the recorded release of the frozen fixture is re-signed with it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yauzl from 'yauzl';
import ZipStream from 'zip-stream';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { buildManifest, manifestText } from '../../src/domain/integrity/manifest.ts';
import { snapshotOf, snapshotText } from '../../src/domain/integrity/snapshot.ts';
import { FIXTURE_CONTENT, FIXTURE_RELEASES } from '../support/fixture.ts';
import { archiveReadme } from '../../src/domain/archive/readme.ts';
import { folderVerifyCommand, VERIFY_COMMAND } from '../../src/domain/integrity/signature.ts';
import { sha256 } from '../../src/lib/sha256.ts';
import { sha256sums } from '../../src/archive/sha256sums.ts';

const work = mkdtempSync(join(tmpdir(), 'ck57-verify-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const releases = join(work, 'releases');
const recorded = join(releases, '2026-03-13', 'manifest.json');
cpSync(FIXTURE_RELEASES, releases, { recursive: true });

/** A throwaway signing key, made as a maintainer would, and its allowed_signers line. */
function makeKey(name: string): string {
  const key = join(work, name);
  spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', name, '-f', key]);
  return key;
}
const key = makeKey('key');
const otherKey = makeKey('other-key');
writeFileSync(
  join(releases, 'allowed_signers'),
  `cong-khai-57 namespaces="cong-khai-57" ${readFileSync(`${key}.pub`, 'utf8').split(' ').slice(0, 2).join(' ')}\n`,
);
const sign = (file: string, with_ = key) =>
  spawnSync('ssh-keygen', ['-q', '-Y', 'sign', '-f', with_, '-n', 'cong-khai-57', file], { input: '' });
rmSync(`${recorded}.sig`);
sign(recorded);

function verify(path: string, content = FIXTURE_CONTENT) {
  const run = spawnSync(process.execPath, ['src/cli/verify.ts', path], {
    env: { ...process.env, CK57_CONTENT: content, CK57_RELEASES: releases },
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}`, lines: `${run.stdout}${run.stderr}`.trim().split('\n') };
}

/** A copy of the fixture content with one task changed. */
function tamperedContent(name: string, edit: (task: any) => void): string {
  const copy = join(work, name);
  cpSync(FIXTURE_CONTENT, copy, { recursive: true });
  const file = join(copy, 'tasks', 'x-2025-06-19-11-phase-1.json');
  const task = JSON.parse(readFileSync(file, 'utf8'));
  edit(task);
  writeFileSync(file, JSON.stringify(task));
  return copy;
}

/** A site folder with a release, packed by the real packer into its archive. */
function pack(name: string, release: { manifest: string; records: string; signWith?: string | null; favicon?: string }): string {
  const site = join(work, name);
  mkdirSync(join(site, 'release'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>x</title>');
  if (release.favicon !== undefined) writeFileSync(join(site, 'favicon.svg'), release.favicon);
  writeFileSync(join(site, 'release', 'manifest.json'), release.manifest);
  writeFileSync(join(site, 'release', 'records.json'), release.records);
  if (release.signWith !== null) sign(join(site, 'release', 'manifest.json'), release.signWith ?? key);
  const run = spawnSync(process.execPath, ['src/cli/pack-archive.ts', site, '2026-03-13'], {
    input: 'release written\n',
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return join(site, 'downloads', 'cong-khai-57-2026-03-13.zip');
}

/**
 * A site packed as the build packs it: the packer's first line gives every file's hash as published
 * and as archived, the manifest (the recorded one's data, chained to it) lists both and is signed,
 * then the packer adds release/ and closes the archive.
 */
async function packCovered(name: string): Promise<string> {
  const site = join(work, name);
  mkdirSync(join(site, 'vi'), { recursive: true });
  writeFileSync(join(site, 'vi', 'index.html'), '<!doctype html><title>x</title><a href="/vi/progress/">Tiến độ</a>');
  writeFileSync(join(site, 'style.css'), 'body{background:url(/favicon.svg)}');
  writeFileSync(join(site, 'favicon.svg'), '<svg/>');
  const child = spawn(process.execPath, ['src/cli/pack-archive.ts', site, '2026-03-13'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const first = await new Promise<string>((resolve) => lines.once('line', resolve));
  const { files, archived } = JSON.parse(first) as { files: Record<string, string>; archived: Record<string, string> };
  const manifest = { ...JSON.parse(manifestText0), previous: sha256(manifestText0), files, archive: archived };
  mkdirSync(join(site, 'release'));
  writeFileSync(join(site, 'release', 'manifest.json'), manifestText(manifest));
  writeFileSync(join(site, 'release', 'records.json'), records0);
  sign(join(site, 'release', 'manifest.json'));
  const exited = new Promise((resolve) => child.on('close', resolve));
  child.stdin.end('release written\n');
  if ((await exited) !== 0) throw new Error('the packer failed');
  return join(site, 'downloads', 'cong-khai-57-2026-03-13.zip');
}

/**
 * The archive with one entry's bytes replaced (or added), everything else as it was; with `sums`,
 * SHA256SUMS written anew to match, as a forger would.
 */
async function rezip(zipPath: string, replace: string, bytes: string, sums = false): Promise<string> {
  const target = zipPath.replace(/\.zip$/, '-edited.zip');
  const entries: { name: string; data: Buffer }[] = await new Promise((resolve, reject) => {
    const out: { name: string; data: Buffer }[] = [];
    yauzl.open(zipPath, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      zip.on('entry', (entry: yauzl.Entry) =>
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on(
            'end',
            () => (
              out.push({ name: entry.fileName, data: entry.fileName === replace ? Buffer.from(bytes) : Buffer.concat(chunks) }),
              zip.readEntry()
            ),
          );
        }),
      );
      zip.on('end', () => resolve(out));
      zip.readEntry();
    });
  });
  if (!entries.some((e) => e.name === replace)) entries.unshift({ name: replace, data: Buffer.from(bytes) });
  if (sums) {
    const listed = entries.filter((e) => e.name !== 'SHA256SUMS').map((e) => ({ path: e.name, hash: sha256(e.data) }));
    entries.find((e) => e.name === 'SHA256SUMS')!.data = Buffer.from(sha256sums(listed));
  }
  const zip = new ZipStream();
  const done = new Promise((resolve) => zip.pipe(createWriteStream(target)).on('close', resolve));
  for (const e of entries)
    await new Promise((resolve, reject) => zip.entry(e.data, { name: e.name }, (err) => (err ? reject(err) : resolve(null))));
  void zip.finalize();
  await done;
  return target;
}

const manifestText0 = readFileSync(recorded, 'utf8');
const records0 = readFileSync(join(releases, '2026-03-13', 'records.json'), 'utf8');

describe('npm run verify', () => {
  it('passes the recorded release, signed, chained, and kept by the data', () => {
    const result = verify(recorded);
    expect(result.output).toContain('keeps all 30 published tasks and 6 published events, and every other published record');
    expect(result.status).toBe(0);
  });

  it('lets a reader check the signature with the standard tool, ssh-keygen -Y verify', () => {
    const run = spawnSync(
      'ssh-keygen',
      ['-Y', 'verify', '-f', join(releases, 'allowed_signers'), '-I', 'cong-khai-57', '-n', 'cong-khai-57', '-s', `${recorded}.sig`],
      { input: readFileSync(recorded), encoding: 'utf8' },
    );
    expect(run.stdout).toContain('Good "cong-khai-57" signature for cong-khai-57');
    expect(run.status).toBe(0);
    // The command the archive's README gives is the one that just passed, run in the release folder.
    const inFolder = spawnSync('sh', ['-c', VERIFY_COMMAND.replace('-f allowed_signers', `-f ${join(releases, 'allowed_signers')}`)], {
      cwd: join(releases, '2026-03-13'),
      encoding: 'utf8',
    });
    expect(inFolder.status).toBe(0);
    // The command the archive's README gives runs verbatim in the unzipped folder.
    expect(archiveReadme('2026-03-13', 'x.zip', '2026-03-13')).toContain(folderVerifyCommand('2026-03-13'));
  });

  it('refuses data whose published deadline was moved, naming the file, the field and both values', () => {
    const result = verify(
      recorded,
      tamperedContent('moved', (t) => (t.deadline = '2026-12-31')),
    );
    expect(result.status).toBe(1);
    expect(result.output).toContain(
      'x-2025-06-19-11-phase-1.json › deadline: published "2025-06-30" in the release of 2026-03-13; found "2026-12-31"',
    );
  });

  it('passes an archive that matches its SHA256SUMS and carries the signed release', () => {
    const result = verify(pack('site-ok', { manifest: manifestText0, records: records0 }));
    expect(result.output).toContain('every file matches SHA256SUMS');
    expect(result.status).toBe(0);
  });

  it('refuses an archive whose file no longer matches SHA256SUMS', async () => {
    const zip = await rezip(pack('site-sums', { manifest: manifestText0, records: records0 }), 'index.html', 'changed');
    const result = verify(zip);
    expect(result.status).toBe(1);
    expect(result.lines).toContain(`  ${zip} › index.html: does not match its SHA256SUMS line`);
  });

  it('refuses an archive whose file, listed in its own SHA256SUMS, is not the one the signed manifest lists', () => {
    const zip = pack('site-file', { manifest: manifestText0, records: records0, favicon: '<svg/>' });
    const result = verify(zip);
    expect(result.status).toBe(1);
    expect(result.lines).toEqual([
      `Verification of ${zip} failed:`,
      `  ${zip} › favicon.svg: differs from the file the signed manifest lists`,
    ]);
  });

  it('passes an archive whose every file, pages included, the signed manifest lists', async () => {
    const result = verify(await packCovered('covered-ok'));
    expect(result.output).toContain('every file matches SHA256SUMS and the signed manifest;');
    expect(result.status).toBe(0);
  });

  it('refuses an archive whose page was edited and SHA256SUMS written anew to match', async () => {
    const zip = await rezip(await packCovered('covered-edit'), 'vi/index.html', '<!doctype html><title>x</title>Hoàn thành', true);
    const result = verify(zip);
    expect(result.status).toBe(1);
    expect(result.lines).toEqual([
      `Verification of ${zip} failed:`,
      `  ${zip} › vi/index.html: differs from the file the signed manifest lists`,
    ]);
  });

  it('refuses an archive with a page added and SHA256SUMS written anew to match', async () => {
    const zip = await rezip(await packCovered('covered-add'), 'vi/extra.html', '<!doctype html><title>x</title>', true);
    const result = verify(zip);
    expect(result.status).toBe(1);
    expect(result.lines).toEqual([`Verification of ${zip} failed:`, `  ${zip} › vi/extra.html: not a file the signed manifest lists`]);
  });

  it('refuses an archive whose data and manifest were both rewritten (the signature gives it away)', () => {
    const content = tamperedContent('forged', (t) => (t.deadline = '2026-12-31'));
    const data = loadDataset(process.cwd(), content);
    const zip = pack('site-forged', {
      manifest: manifestText(buildManifest(data, {}, null)),
      records: snapshotText(snapshotOf(data)),
      signWith: otherKey,
    });
    const result = verify(zip, content);
    expect(result.status).toBe(1);
    expect(result.output).toContain(`${zip} › release/manifest.json: the signature does not verify with ${releases}/allowed_signers`);
    expect(result.output).toContain('› deadline: published "2025-06-30" in the release of 2026-03-13; found "2026-12-31"');
  });

  it('refuses a manifest of just {"events":{}} instead of passing "all 0 published tasks"', () => {
    const path = join(work, 'empty', 'manifest.json');
    mkdirSync(join(work, 'empty'));
    writeFileSync(path, '{"events":{}}');
    const result = verify(path);
    expect(result.status).toBe(1);
    expect(result.lines).toContain(`  ${path} › format: expected format 1`);
    expect(result.output).not.toContain('all 0 published tasks');
  });

  it('refuses a manifest whose data hash is not its own', () => {
    const path = join(work, 'hash', 'manifest.json');
    mkdirSync(join(work, 'hash'));
    writeFileSync(path, manifestText0.replace(/"dataHash": "[0-9a-f]{64}"/, `"dataHash": "${'0'.repeat(64)}"`));
    const result = verify(path);
    expect(result.status).toBe(1);
    expect(result.output).toContain(`${path} › dataHash: ${'0'.repeat(64)} is not the hash of its own records and events`);
  });

  it('says in one line, without a stack trace, that a file is missing or not a zip', () => {
    const junk = join(work, 'junk.zip');
    writeFileSync(junk, 'not a zip');
    for (const [path, line] of [
      [join(work, 'missing.zip'), `${join(work, 'missing.zip')}: no such file`],
      [junk, `${junk}: not a readable zip archive`],
    ] as const) {
      const result = verify(path);
      expect(result.status).toBe(1);
      expect(result.lines[1]).toContain(line);
      expect(result.output).not.toMatch(/\n\s+at /);
    }
  });

  it('refuses data with problems, listing them instead of a stack trace', () => {
    const result = verify(
      recorded,
      tamperedContent('invalid', (t) => (t.theme = 'nonsense')),
    );
    expect(result.status).toBe(1);
    expect(result.output).toContain('x-2025-06-19-11-phase-1.json › theme: expected one of:');
    expect(result.output).not.toMatch(/\n\s+at /);
  });

  it('refuses a recorded release that does not chain to the one before', () => {
    const copy = join(work, 'releases-chain');
    cpSync(releases, copy, { recursive: true });
    mkdirSync(join(copy, '2026-04-01'));
    const next = JSON.parse(manifestText0);
    next.dataDate = '2026-04-01';
    next.previous = '1'.repeat(64);
    writeFileSync(join(copy, '2026-04-01', 'manifest.json'), manifestText(next));
    const run = spawnSync(process.execPath, ['src/cli/verify.ts', recorded], {
      env: { ...process.env, CK57_CONTENT: FIXTURE_CONTENT, CK57_RELEASES: copy },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${copy}/2026-04-01/manifest.json › previous: expected `);
    expect(run.stderr).toContain(`${copy}/2026-04-01/manifest.json: no signature`);
  });
});
