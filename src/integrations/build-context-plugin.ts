/**
 * The Vite plugin behind `virtual:ck57/build-context` (typed in src/virtual-modules.d.ts), added by
 * the data-check integration, as Starlight provides `virtual:starlight/user-config`. Pages run in
 * Vite's module graph, apart from the integration's, so the context crosses as data: the checked
 * records and their hashes, written as JSON to the cache folder, indexed again when the module is
 * first imported (src/data/build-context.ts › contextFromSnapshot).
 *
 * Under `astro dev` the content folder is watched: an edit marks the context stale and reloads the
 * browser; the next request checks the data again. Bad data does not stop the server: the module
 * carries the problems, and every page shows them (src/data/dataset.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EnvironmentModuleNode, Plugin, RunnableDevEnvironment, ViteDevServer } from 'vite';
import { contextSnapshot, type BuildContext, type BuildSettings, type BuildSnapshot } from '../data/build-context.ts';

export const BUILD_CONTEXT_MODULE = 'virtual:ck57/build-context';
const RESOLVED = `\0${BUILD_CONTEXT_MODULE}`;
const CONTEXT_SOURCE = fileURLToPath(new URL('../data/build-context.ts', import.meta.url));

export interface BuildContextPluginOptions {
  settings: BuildSettings;
  /** Where the pages' module reads the context from. */
  snapshotFile: string;
  /** A build's context, checked already; undefined when the command checks nothing (sync, preview) or checks in `check`. */
  context: BuildContext | undefined;
  /** Under `astro dev`, the check to run again after each edit of the content folder. */
  check: (() => { context: BuildContext | null; problems: string[] }) | null;
}

function writeSnapshot(file: string, snapshot: BuildSnapshot): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(snapshot));
}

/** The module's code: read the snapshot, make the context from it once per evaluation. */
function moduleCode(file: string): string {
  return [
    `import { readFileSync } from 'node:fs';`,
    `import { contextFromSnapshot } from ${JSON.stringify(CONTEXT_SOURCE)};`,
    `const snapshot = JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
    `export const problems = snapshot.problems;`,
    `export const context = contextFromSnapshot(snapshot);`,
  ].join('\n');
}

/** Drop the module, and every module that imports it, from each server environment, then reload the browser. */
function invalidateContext(server: ViteDevServer): void {
  const timestamp = Date.now();
  for (const environment of Object.values(server.environments)) {
    const module = environment.moduleGraph.getModuleById(RESOLVED);
    if (!module) continue;
    // Vite invalidates the importers too and lists them in `seen`; a module runner keeps its own copies.
    const seen = new Set<EnvironmentModuleNode>();
    environment.moduleGraph.invalidateModule(module, seen, timestamp, true);
    const runner = 'runner' in environment ? (environment as RunnableDevEnvironment).runner : undefined;
    if (!runner) continue;
    for (const invalidated of [module, ...seen]) {
      const evaluated = invalidated.id === null ? undefined : runner.evaluatedModules.getModuleById(invalidated.id);
      if (evaluated) runner.evaluatedModules.invalidateModule(evaluated);
    }
  }
  server.ws.send({ type: 'full-reload' });
}

export function buildContextPlugin({ settings, snapshotFile, context, check }: BuildContextPluginOptions): Plugin {
  if (context) writeSnapshot(snapshotFile, contextSnapshot(context));
  let stale = check !== null;
  const refresh = () => {
    if (!check || !stale) return;
    stale = false;
    const result = check();
    if (result.context === null) for (const line of result.problems) console.error(line);
    const snapshot = result.context
      ? contextSnapshot(result.context)
      : { settings, problems: result.problems, published: null, dataPart: null };
    writeSnapshot(snapshotFile, snapshot);
  };
  return {
    name: 'cong-khai-57:build-context',
    resolveId: (id) => (id === BUILD_CONTEXT_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      refresh();
      return moduleCode(snapshotFile);
    },
    configureServer(server) {
      if (!check) return;
      const folder = resolve(settings.root, settings.contentDir);
      // content/ is under the project and watched already; a folder elsewhere (CK57_CONTENT) is not.
      server.watcher.add(folder);
      const edited = (file: string) => {
        if (file !== folder && !file.startsWith(folder + sep)) return;
        stale = true;
        invalidateContext(server);
      };
      server.watcher.on('add', edited).on('change', edited).on('unlink', edited);
    },
  };
}
