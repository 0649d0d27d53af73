/** Before the browser tests: build every site variant they need once (tests/support/variants.ts). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildInto } from './build-copy.ts';
import { recordVariants, VARIANTS } from './variants.ts';

export default function globalSetup(): void {
  const dists: Record<string, string> = {};
  for (const [name, v] of Object.entries(VARIANTS)) {
    const work = mkdtempSync(join(tmpdir(), `ck57-${name}-`));
    const started = Date.now();
    dists[name] = buildInto(v.content(work), work, 'env' in v ? v.env : {});
    console.log(`built the "${name}" site for the tests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  recordVariants(dists);
}
