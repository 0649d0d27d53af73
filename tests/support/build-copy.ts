/**
 * Build a site from a content folder into `<work>/dist`, as `npm run build` does, for the site
 * variants the tests need (tests/support/variants.ts) and for unit tests of the build itself.
 * Builds run one at a time: Astro keeps its prerendering chunks in the project's .astro/ folder
 * whatever the output folder, so two at once would delete each other's.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export function buildInto(contentDir: string, work: string, env: Record<string, string> = {}): string {
  const dist = join(work, 'dist');
  const buildEnv: NodeJS.ProcessEnv = { ...process.env, CK57_CONTENT: contentDir, CK57_DIST: dist, CK57_LOG: 'quiet', ...env };
  // The suite's own data keeps its recorded releases (CK57_RELEASES); any other content has none.
  if (contentDir !== process.env['CK57_CONTENT'] && env['CK57_RELEASES'] === undefined) delete buildEnv['CK57_RELEASES'];
  const run = spawnSync(process.execPath, ['src/cli/build.ts'], { env: buildEnv, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`build of ${contentDir} failed:\n${run.stdout}${run.stderr}`);
  return dist;
}
