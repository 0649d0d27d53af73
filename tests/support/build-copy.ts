/**
 * Build a site from a content folder into `<work>/dist`, as `npm run build` does, for the site
 * variants the tests need (tests/support/variants.ts) and for unit tests of the build itself.
 * Builds run one at a time: Astro keeps its prerendering chunks in the project's .astro/ folder
 * whatever the output folder, so two at once would delete each other's.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

function buildEnvFor(contentDir: string, dist: string, env: Record<string, string>): NodeJS.ProcessEnv {
  const buildEnv: NodeJS.ProcessEnv = { ...process.env, CK57_CONTENT: contentDir, CK57_DIST: dist, CK57_LOG: 'quiet', ...env };
  // The suite's own data keeps its recorded releases (CK57_RELEASES); any other content has none.
  if (contentDir !== process.env['CK57_CONTENT'] && env['CK57_RELEASES'] === undefined) delete buildEnv['CK57_RELEASES'];
  return buildEnv;
}

function run(args: string[], env: NodeJS.ProcessEnv, what: string): void {
  const done = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
  if (done.status !== 0) throw new Error(`${what} failed:\n${done.stdout}${done.stderr}`);
}

export function buildInto(contentDir: string, work: string, env: Record<string, string> = {}): string {
  const dist = join(work, 'dist');
  run(['src/cli/build.ts'], buildEnvFor(contentDir, dist, env), `build of ${contentDir}`);
  return dist;
}

/** Build in `shards` shards, one after another, then merge them, as CI does on separate runners. */
export function buildShardedInto(contentDir: string, work: string, shards: number, env: Record<string, string> = {}): string {
  const dist = join(work, 'dist');
  const buildEnv = buildEnvFor(contentDir, dist, env);
  for (let k = 1; k <= shards; k += 1)
    run(['src/cli/build.ts', '--shard', `${k}/${shards}`], buildEnv, `shard ${k}/${shards} of ${contentDir}`);
  run(['src/cli/build-merge.ts'], buildEnv, `merge of ${contentDir}`);
  return dist;
}
