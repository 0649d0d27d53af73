/**
 * `npm run release:record`: keep the manifest of the release just built in releases/<date>/, so
 * later builds chain to it and refuse data that rewrites what it published. Commit the file.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { RELEASES_DIR } from '../data/releases.ts';

const dist = process.env['CK57_DIST'] ?? 'dist';
const source = join(dist, 'release', 'manifest.json');
if (!existsSync(source)) {
  console.error(`No ${source}: run "npm run build" first.`);
  process.exit(1);
}
const { dataDate } = (await import(join(process.cwd(), source), { with: { type: 'json' } })).default as { dataDate: string };
const target = join(RELEASES_DIR, dataDate);
mkdirSync(target, { recursive: true });
copyFileSync(source, join(target, 'manifest.json'));
console.log(`Recorded ${join(target, 'manifest.json')}. Commit it: later builds check the data against it.`);
