/**
 * The benchmark's reference: a plain Astro site of the same number of simple pages, built and
 * indexed by Pagefind on the same machine in the same run. The project's time divided by this one
 * is its overhead as a ratio that the machine's speed and load do not change much.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface PlainAstroReference {
  pages: number;
  /** `astro build`, end to end, as a child process (Astro's start-up included, as in the project's build). */
  renderSeconds: number;
  /** Pagefind indexing every page, through its Node API. */
  indexSeconds: number;
}

const PAGE = `---
export function getStaticPaths() {
  return Array.from({ length: Number(process.env.CK57_REFERENCE_PAGES) }, (_, i) => ({ params: { id: String(i + 1) } }));
}
const { id } = Astro.params;
---
<html lang="en">
  <head><meta charset="utf-8" /><title>Page {id}</title></head>
  <body>
    <main data-pagefind-body>
      <h1>Page {id}</h1>
      <p>A simple page of the reference site, number {id}, with a sentence or two of text to index.</p>
    </main>
  </body>
</html>
`;

/** Build `pages` simple pages with Astro in `work` (inside the project, so Astro resolves), then index them. */
export async function plainAstroReference(pages: number, work: string): Promise<PlainAstroReference> {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'src', 'pages'), { recursive: true });
  writeFileSync(join(work, 'astro.config.mjs'), "export default { build: { format: 'directory' }, devToolbar: { enabled: false } };\n");
  writeFileSync(join(work, 'src', 'pages', '[id].astro'), PAGE);
  const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
  const renderStarted = performance.now();
  const exitCode = await new Promise<number>((done) => {
    const child = spawn(process.execPath, [astroBin, 'build', '--root', work, '--silent'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, CK57_REFERENCE_PAGES: String(pages), ASTRO_TELEMETRY_DISABLED: '1' },
    });
    child.on('close', (code) => done(code ?? 1));
  });
  if (exitCode !== 0) throw new Error(`The plain Astro reference build failed (exit ${exitCode}).`);
  const renderSeconds = (performance.now() - renderStarted) / 1000;
  const indexStarted = performance.now();
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: join(work, 'dist') });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the reference: ${added.errors.join('; ')}`);
    // The reference counts only if Astro really wrote every page.
    if (added.page_count !== pages)
      throw new Error(`The plain Astro reference: expected ${pages} pages indexed; found ${added.page_count}`);
    await index.writeFiles({ outputPath: join(work, 'dist', 'pagefind') });
  } finally {
    await pagefind.close();
  }
  const indexSeconds = (performance.now() - indexStarted) / 1000;
  rmSync(work, { recursive: true, force: true });
  return { pages, renderSeconds, indexSeconds };
}

if (import.meta.main) {
  const pages = Number(process.argv[2] ?? 1000);
  console.log(await plainAstroReference(pages, join(process.cwd(), 'bench-output', `plain-astro-${pages}`)));
}
