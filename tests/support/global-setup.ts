/** Before the browser tests: build every site variant they need once (tests/support/variants.ts). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildInto, buildShardedInto } from './build-copy.ts';
import { recordVariants, VARIANTS, type Variant } from './variants.ts';

export default function globalSetup(): void {
  const dists: Record<string, string> = {};
  for (const [name, v] of Object.entries(VARIANTS)) {
    const work = mkdtempSync(join(tmpdir(), `ck57-${name}-`));
    const started = Date.now();
    const variant: Variant = v;
    const content = variant.content(work);
    dists[name] = variant.shards ? buildShardedInto(content, work, variant.shards, variant.env) : buildInto(content, work, variant.env);
    console.log(`built the "${name}" site for the tests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  recordVariants(dists);
}
