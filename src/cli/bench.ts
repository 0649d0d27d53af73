/**
 * `npm run bench -- --tasks N [--seed S]`: generate N synthetic tasks (seeds/generate.ts), build the
 * whole portal from them exactly as `npm run build` does (all locales, search index, data files,
 * feeds, manifest, archive) and report wall time per named step of the build (the steps file it writes,
 * src/integrations/steps.ts), the ratio to plain Astro + Pagefind, peak memory of the whole process tree,
 * pages, pages per second, sizes and what a reader downloads. Writes bench-output/report-N.json
 * and a readable bench-output/report-N.md. Benchmarks stay out of `npm test`. With `--search-only`,
 * after a full run at the same N: only the Vietnamese search index is written again, and one search measured.
 */
import { compareStrings } from '../domain/compare.ts';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, createWriteStream } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { generate } from '../../seeds/generate.ts';
import { filesUnder } from '../data/site-files.ts';
import { measurePageWeights, type PageTypeWeight } from './bench/page-weights.ts';
import { treeResident } from './bench/process-memory.ts';
import { queryDownloadBytes } from './bench/query-download.ts';
import { plainAstroReference, type PlainAstroReference } from './bench/plain-astro.ts';
import { lighthouseListings, type ListingScore } from './bench/lighthouse-listings.ts';
import { OUTSIDE_STEPS, stepTable, stepTableMarkdown, type StepRow } from './bench/step-table.ts';
import { now, parseSteps, stepsFileIn } from '../integrations/steps.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const tasks = Number(arg('tasks', '1300'));
const seed = Number(arg('seed', '57'));
if (!Number.isInteger(tasks) || tasks < 1) {
  console.error(`--tasks: expected a positive whole number; found "${arg('tasks', '')}"`);
  process.exit(2);
}

const out = resolve('bench-output');
const content = join(out, `content-${tasks}`);
const dist = join(out, `dist-${tasks}`);
const MiB = 1_048_576;

// The build's step timings: in Astro's cache folder, which astro.config.mjs puts at <CK57_DIST>.cache.
const stepsFile = stepsFileIn(`${dist}.cache`);

/** A step of the build, with the highest memory of the process tree sampled while it ran (null: no sample fell inside it). */
interface Step extends StepRow {
  peakMiB: number | null;
}

function sizeOf(dir: string): { files: number; bytes: number } {
  const files = filesUnder(dir);
  return { files: files.length, bytes: files.reduce((sum, path) => sum + statSync(join(dir, path)).size, 0) };
}

/** Milliseconds Astro reported per route group ("(+3ms)" after each file), split into pages and other files. */
function renderSplit(lines: string[]): { pagesMs: number; dataAndFeedsMs: number } {
  let pagesMs = 0;
  let dataAndFeedsMs = 0;
  for (const line of lines) {
    const m = /[├└]─ (\S+) \(\+([\d.]+)(m?s)\)/.exec(line);
    if (!m) continue;
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    if (m[1]!.endsWith('.html')) pagesMs += ms;
    else dataAndFeedsMs += ms;
  }
  return { pagesMs, dataAndFeedsMs };
}

/** The highest resident memory seen of each process of the build (the build, Pagefind, the archive packer). */
const processPeaks = new Map<string, number>();

async function runBuild(): Promise<{
  exitCode: number;
  /** When the build was launched, in milliseconds since 1970 (the steps' clock). */
  launchedAt: number;
  lines: { at: number; text: string }[];
  samples: { at: number; bytes: number }[];
  seconds: number;
}> {
  const launchedAt = now();
  const started = performance.now();
  const log = createWriteStream(join(out, `build-${tasks}.log`));
  const child = spawn(process.execPath, ['src/cli/build.ts'], {
    env: { ...process.env, CK57_CONTENT: content, CK57_DIST: dist },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: { at: number; text: string }[] = [];
  const samples: { at: number; bytes: number }[] = [];
  // Whole lines only: a chunk may end inside a line, or inside a multi-byte character.
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (text) => {
      log.write(`${text}\n`);
      if (text.trim()) lines.push({ at: performance.now() - started, text });
    });
  }
  const sampler = setInterval(() => {
    const { total, byProcess } = treeResident(child.pid!);
    samples.push({ at: performance.now() - started, bytes: total });
    for (const [name, bytes] of byProcess) processPeaks.set(name, Math.max(processPeaks.get(name) ?? 0, bytes));
  }, 250);
  const exitCode = await new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));
  clearInterval(sampler);
  log.end();
  return { exitCode, launchedAt, lines, samples, seconds: (performance.now() - started) / 1000 };
}

/** The build's steps from its steps file, each with the peak memory sampled while it ran (samples are on the launch clock). */
function stepsOf(launchedAt: number, samples: { at: number; bytes: number }[], endMs: number): Step[] {
  return stepTable(parseSteps(readFileSync(stepsFile, 'utf8'), stepsFile), launchedAt, endMs).map((row) => {
    const from = row.startsAt * 1000;
    const to = from + row.seconds * 1000;
    // The time outside the steps is no one interval: it has no peak of its own.
    const during = row.step === OUTSIDE_STEPS ? [] : samples.filter((s) => s.at >= from && s.at < to);
    return { ...row, peakMiB: during.length === 0 ? null : Math.max(...during.map((s) => s.bytes)) / MiB };
  });
}

/** Kilobytes of 1,000 bytes, as the budgets are written. */
const kB = (bytes: number) => (bytes / 1000).toFixed(1);

/**
 * What one search may download (README, "Measured"): ≤ 150 kB up to 1,300 tasks, ≤ 250 kB up to
 * 20,000, where a search loads the first part of the index alone (src/domain/search/parts.ts).
 */
const queryBudgetBytes = (tasks: number) => (tasks <= 1300 ? 150_000 : 250_000);

function markdown(report: Report): string {
  const r = report;
  return [
    `# Benchmark: ${r.tasks} tasks (seed ${r.seed})`,
    '',
    `Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}.`,
    `Data: ${r.tasks} tasks, ${r.bodies} bodies, ${r.sources} sources, 20 indicators; 7 locales.`,
    '',
    `**${r.buildSeconds.toFixed(1)} s** end to end, **${r.peakMiB.toFixed(0)} MiB** peak memory (the build and every process it started; each one's own peak: ${Object.entries(
      r.processPeakMiB,
    )
      .filter(([, mib]) => mib >= 1)
      .map(([name, mib]) => `${name} ${mib.toFixed(0)} MiB`)
      .join(', ')}).`,
    `${r.htmlPages} HTML pages (${r.pagesPerSecond.toFixed(0)} pages/s overall), ${r.files} files, dist/ ${(r.distBytes / MiB).toFixed(0)} MiB,`,
    `search index ${(r.searchIndexBytes / MiB).toFixed(1)} MiB, archive ${(r.archiveBytes / MiB).toFixed(1)} MiB; one search ("${r.query}") downloads ${kB(r.queryBytes)} kB (budget ≤ ${kB(queryBudgetBytes(r.tasks))} kB: ${r.queryBytes <= queryBudgetBytes(r.tasks) ? 'met' : 'NOT met'}).`,
    '',
    `The build's named steps (${stepsFile}; archive-pack runs beside search-index, so shares can add up to more than 100 %):`,
    '',
    ...stepTableMarkdown(r.steps),
    '',
    `Reference, in the same run: a plain Astro site of ${r.reference.pages} simple pages built in ${r.reference.renderSeconds.toFixed(1)} s and indexed by Pagefind in ${r.reference.indexSeconds.toFixed(1)} s; this project took **${r.ratio.toFixed(1)} ×** that (it also writes data files, feeds, the manifest and the archive).`,
    '',
    `Rendering as Astro reports it, summed per file: pages ${(r.render.pagesMs / 1000).toFixed(1)} s, data tables and overall feeds ${(r.render.dataAndFeedsMs / 1000).toFixed(1)} s.`,
    '',
    '| page type | pages | HTML gzip median / max (kB) | CSS gzip (kB) | JS gzip (kB) |',
    '|---|---:|---:|---:|---:|',
    ...r.pageWeights.map((w) => `| ${w.type} | ${w.pages} | ${kB(w.htmlMedian)} / ${kB(w.htmlMax)} | ${kB(w.cssMax)} | ${kB(w.jsMax)} |`),
    '',
    'Lighthouse on the listings (mobile, served as in production; budget: performance ≥ 95):',
    '',
    '| page | performance | CLS | total blocking time (ms) | largest contentful paint (ms) |',
    '|---|---:|---:|---:|---:|',
    ...r.listings.map(
      (l) =>
        `| ${l.path} | ${l.performance ?? '—'} | ${l.cls?.toFixed(3) ?? '—'} | ${l.tbtMs?.toFixed(0) ?? '—'} | ${l.lcpMs?.toFixed(0) ?? '—'} |`,
    ),
    '',
  ].join('\n');
}

interface Report {
  tasks: number;
  seed: number;
  bodies: number;
  sources: number;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string };
  buildSeconds: number;
  peakMiB: number;
  processPeakMiB: Record<string, number>;
  steps: Step[];
  /** End to end, as a multiple of plain Astro + Pagefind on as many pages. */
  ratio: number;
  render: { pagesMs: number; dataAndFeedsMs: number };
  htmlPages: number;
  pagesPerSecond: number;
  files: number;
  distBytes: number;
  searchIndexBytes: number;
  archiveBytes: number;
  query: string;
  queryBytes: number;
  pageWeights: PageTypeWeight[];
  /** Lighthouse mobile performance of the listings, served as in production. */
  listings: ListingScore[];
  reference: PlainAstroReference;
}

const query = 'chuyen doi so';

// The search step alone, on the site the last full run at this N built: its Vietnamese index
// written again with the current code, and one search measured (minutes instead of the whole build).
if (process.argv.includes('--search-only')) {
  if (!existsSync(dist)) {
    console.error(`--search-only: expected the site of an earlier run in ${dist}; run without --search-only first.`);
    process.exit(2);
  }
  const started = performance.now();
  const child = spawn(process.execPath, ['src/cli/bench/reindex-search.ts', dist], {
    env: { ...process.env, CK57_CONTENT: content, CK57_SHARD: '1/7' },
    stdio: 'inherit',
  });
  const code = await new Promise<number>((done) => child.on('close', (exit) => done(exit ?? 1)));
  if (code !== 0) process.exit(code);
  const bytes = await queryDownloadBytes(dist, query);
  console.log(
    `Vietnamese index written in ${((performance.now() - started) / 1000).toFixed(1)} s; one search ("${query}") downloads ${kB(bytes)} kB (budget ≤ ${kB(queryBudgetBytes(tasks))} kB).`,
  );
  process.exit(0);
}

mkdirSync(out, { recursive: true });
const generated = generate(tasks, seed, content);
console.log(`Generated ${tasks} tasks and ${generated.bodies} bodies into ${content}; building…`);
// Start from nothing, outside the timing: an earlier run's site (or the leftovers of an interrupted one) would be deleted inside it.
for (const old of [dist, `${dist}.staging`, `${dist}.previous`, stepsFile]) rmSync(old, { recursive: true, force: true });
const run = await runBuild();
if (run.exitCode !== 0) {
  console.error(`The build failed (exit ${run.exitCode}); see ${join(out, `build-${tasks}.log`)}.`);
  process.exit(1);
}
const { files, bytes } = sizeOf(dist);
const downloads = join(dist, 'downloads');
const archive = readdirSync(downloads).find((f) => f.endsWith('.zip'))!;
const htmlPages = filesUnder(dist).filter((f) => f.endsWith('.html')).length;
const measured: Omit<Report, 'ratio'> = {
  tasks,
  seed,
  bodies: generated.bodies,
  sources: generated.sources,
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.versions.node,
  },
  buildSeconds: run.seconds,
  peakMiB: Math.max(...run.samples.map((s) => s.bytes)) / MiB,
  processPeakMiB: Object.fromEntries(
    [...processPeaks].sort(([a], [b]) => compareStrings(a, b)).map(([name, bytes]) => [name, bytes / MiB]),
  ),
  steps: stepsOf(run.launchedAt, run.samples, run.seconds * 1000),
  render: renderSplit(run.lines.map((l) => l.text)),
  htmlPages,
  pagesPerSecond: htmlPages / run.seconds,
  files,
  distBytes: bytes,
  searchIndexBytes: existsSync(join(dist, 'pagefind')) ? sizeOf(join(dist, 'pagefind')).bytes : 0,
  archiveBytes: statSync(join(downloads, archive)).size,
  query,
  queryBytes: await queryDownloadBytes(dist, query),
  pageWeights: measurePageWeights(dist),
  listings: await lighthouseListings(dist),
  // Last, so it never runs beside the project's build: the same number of simple pages.
  reference: await plainAstroReference(htmlPages, join(out, `plain-astro-${tasks}`)),
};
const report: Report = {
  ...measured,
  ratio: measured.buildSeconds / (measured.reference.renderSeconds + measured.reference.indexSeconds),
};
writeFileSync(join(out, `report-${tasks}.json`), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(out, `report-${tasks}.md`), markdown(report));
console.log(markdown(report));
