/** After the browser tests: delete the variants' temporary builds. */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';

export default function globalTeardown(): void {
  const dists = JSON.parse(process.env['CK57_VARIANTS'] ?? '{}') as Record<string, string>;
  for (const dist of Object.values(dists)) rmSync(dirname(dist), { recursive: true, force: true });
}
