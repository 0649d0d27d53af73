/**
 * The other sites the browser tests need beside the suite's own build, each built once before any
 * test runs (tests/support/global-setup.ts), one after another, so no test builds behind a lock
 * and no test's time depends on another's build. A spec asks for one with `variant(name)`.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Variant {
  /** The content folder to build, made in `work` when the variant needs data of its own. */
  content: (work: string) => string;
  env?: Record<string, string>;
  /** Build in this many shards and merge them (npm run build -- --shard K/N, npm run build:merge). */
  shards?: number;
}

/** The suite's own data (the frozen fixture), as playwright.config.ts sets it. */
const suiteContent = () => process.env['CK57_CONTENT'] ?? 'content';

export const VARIANTS = {
  /** The same data again: two builds must be byte-identical. */
  again: { content: suiteContent },
  /** The same data built in three shards and merged: the same bytes as one build. */
  sharded: { content: suiteContent, shards: 3 },
  /**
   * The same data with its search index cut into parts of 120 pages, as at national scale: a first
   * part of every page that is not a task (113) and the earliest tasks, and a second of the others.
   */
  'search-parts': { content: suiteContent, env: { CK57_SEARCH_PART_PAGES: '120' } },
  /** Three tasks and an assessment that disagrees with the self-report. */
  minimal: { content: () => 'tests/fixtures/minimal' },
  /** The minimal data with a task title written as HTML. */
  xss: {
    content: (work) => {
      const content = join(work, 'content');
      cpSync('tests/fixtures/minimal', content, { recursive: true });
      const file = join(content, 'tasks', 'late-task.json');
      const task = JSON.parse(readFileSync(file, 'utf8'));
      task.title.vi = 'Tiêu đề <script>alert(1)</script> <img src=x onerror=alert(2)>';
      writeFileSync(file, JSON.stringify(task));
      return content;
    },
  },
} satisfies Record<string, Variant>;

export type VariantName = keyof typeof VARIANTS;

const ENV = 'CK57_VARIANTS';

/** Set by the global setup: where each variant was built. */
export function recordVariants(dists: Record<string, string>): void {
  process.env[ENV] = JSON.stringify(dists);
}

/** The folder a variant was built into. */
export function variant(name: VariantName): string {
  const dists = JSON.parse(process.env[ENV] ?? '{}') as Record<string, string>;
  const dist = dists[name];
  if (!dist) throw new Error(`The site variant "${name}" was not built: run the browser tests through playwright.config.ts.`);
  return dist;
}
