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
import { contextSnapshot, type BuildContext, type BuildSnapshot } from '../data/build-context.ts';
import type { BuildSettings } from '../data/build-settings.ts';

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
    // Astro keeps each route's getStaticPaths until told the content changed (a task added or renamed).
    environment.hot.send('astro:content-changed', {});
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

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page `astro dev` answers while the data has problems: each one a line (file › field: expected, found). */
export function problemsPage(problems: readonly string[]): string {
  const [heading = '', ...lines] = problems;
  const items = lines.map((line) => `<li><code>${escapeHtml(line.trim())}</code></li>`).join('\n');
  return `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The data has problems</title>
<style>body{font-family:system-ui,sans-serif;margin:1rem auto;max-width:60rem;padding:0 1rem;line-height:1.5}code{white-space:pre-wrap;overflow-wrap:anywhere}</style>
<h1>The data has problems</h1>
<p data-problems-heading>${escapeHtml(heading)}</p>
<ul data-problems>
${items}
</ul>
<p>Fix the files named above and reload this page: the development server checks the data again after every edit.</p>
</html>
`;
}

export function buildContextPlugin({ settings, snapshotFile, context, check }: BuildContextPluginOptions): Plugin {
  if (context) writeSnapshot(snapshotFile, contextSnapshot(context));
  let stale = check !== null;
  let problems: string[] = [];
  /** Under `astro dev`: check the data again when it was edited since the last check; the problems found. */
  const refresh = (): string[] => {
    if (!check || !stale) return problems;
    stale = false;
    const result = check();
    problems = result.problems;
    if (result.context === null) for (const line of problems) console.error(line);
    writeSnapshot(snapshotFile, result.context ? contextSnapshot(result.context) : { settings, problems, published: null, dataPart: null });
    return problems;
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
      // A page asked for while the data is bad gets the list of problems, in plain HTML, instead of the page.
      server.middlewares.use((request, response, next) => {
        if (request.method !== 'GET' || !(request.headers.accept ?? '').includes('text/html')) return next();
        const found = refresh();
        if (found.length === 0) return next();
        response.statusCode = 500;
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end(problemsPage(found));
      });
    },
  };
}
