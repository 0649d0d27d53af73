/**
 * Before the browser tests: build the site variants (tests/support/variants.ts) that the specs about
 * to run ask for, once each. A spec names its variant as `variant('name')`, so the specs' own text
 * says which builds a run needs: `npx playwright test search.spec.ts` builds none, a full run all.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FullConfig } from '@playwright/test';
import { buildInto, buildShardedInto } from './build-copy.ts';
import { recordVariants, VARIANTS, type Variant, type VariantName } from './variants.ts';

/** Options whose next word is their value, not a file filter. */
const TAKES_VALUE = new Set([
  '-c',
  '--config',
  '-g',
  '--grep',
  '--grep-invert',
  '--project',
  '-j',
  '--workers',
  '--reporter',
  '--timeout',
  '--retries',
  '--repeat-each',
  '--shard',
  '--output',
]);

/** The command line's file filters (`npx playwright test search layout.spec.ts`). */
function fileFilters(argv: string[]): string[] {
  const words = argv.slice(argv.indexOf('test') + 1);
  return words.filter((word, i) => !word.startsWith('-') && !TAKES_VALUE.has(words[i - 1] ?? ''));
}

/** The spec files this run selected: those the file filters name, else every spec. */
function selectedSpecs(testDir: string): string[] {
  const specs = readdirSync(testDir).filter((f) => f.endsWith('.spec.ts'));
  const filters = fileFilters(process.argv);
  const chosen = specs.filter((spec) => filters.some((filter) => spec.includes(filter.replace(/^.*\//, ''))));
  return (chosen.length > 0 ? chosen : specs).map((spec) => join(testDir, spec));
}

/** The variants those specs name, in the order VARIANTS lists them. */
export function variantsNamedIn(files: string[]): VariantName[] {
  const text = files.map((file) => readFileSync(file, 'utf8')).join('\n');
  return (Object.keys(VARIANTS) as VariantName[]).filter((name) => text.includes(`variant('${name}')`));
}

export default function globalSetup(config: FullConfig): void {
  const testDir = config.projects[0]?.testDir ?? 'tests/e2e';
  const dists: Record<string, string> = {};
  for (const name of variantsNamedIn(selectedSpecs(testDir))) {
    const work = mkdtempSync(join(tmpdir(), `ck57-${name}-`));
    const started = Date.now();
    const variant: Variant = VARIANTS[name];
    const content = variant.content(work);
    dists[name] = variant.shards ? buildShardedInto(content, work, variant.shards, variant.env) : buildInto(content, work, variant.env);
    console.log(`built the "${name}" site for the tests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  recordVariants(dists);
}
