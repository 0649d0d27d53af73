/**
 * `npm run verify -- <manifest.json | archive.zip>`: check that the current data keeps the
 * history a published release recorded. Exit 1, naming the task and the event, when a published
 * event was edited, reordered or removed; additions and corrections pass.
 */
import { readFileSync } from 'node:fs';
import yauzl from 'yauzl';
import { contentDir } from '../data/content-dir.ts';
import { loadDataset } from '../data/load-dataset.ts';
import type { Manifest } from '../domain/integrity/manifest.ts';
import { verifyHistory } from '../domain/integrity/verify.ts';

function manifestFromZip(path: string): Promise<Manifest> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== 'release/manifest.json') return zip.readEntry();
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Manifest));
        });
      });
      zip.on('end', () => reject(new Error(`${path} has no release/manifest.json`)));
      zip.readEntry();
    });
  });
}

export async function verify(path: string): Promise<boolean> {
  const published = path.endsWith('.zip') ? await manifestFromZip(path) : (JSON.parse(readFileSync(path, 'utf8')) as Manifest);
  const data = loadDataset(process.cwd(), contentDir);
  const breaches = verifyHistory(published, data);
  if (breaches.length > 0) {
    console.error(`The data in ${contentDir}/ rewrites history published on ${published.dataDate} (${path}):`);
    for (const b of breaches) console.error(`  ${b.message}`);
    return false;
  }
  const events = Object.values(published.events).reduce((n, links) => n + links.length, 0);
  console.log(`Verified against the release of ${published.dataDate}: all ${Object.keys(published.events).length} published tasks and ${events} published events are kept as published.`);
  return true;
}

if (import.meta.main) {
  const path = process.argv[2];
  if (!path) {
    console.error('Usage: npm run verify -- <release manifest.json or archive .zip>');
    process.exit(2);
  }
  process.exit((await verify(path)) ? 0 : 1);
}
