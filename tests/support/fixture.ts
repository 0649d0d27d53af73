/**
 * The frozen dataset every figure-checking test reads: the bundled data as released on 2026-03-13,
 * with its recorded release. Editors change content/; this never changes, so answers counted by
 * hand from it stay right.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
export const FIXTURE = 'tests/fixtures/dataset-2026-03-13';
export const FIXTURE_CONTENT = `${FIXTURE}/content`;
export const FIXTURE_RELEASES = `${FIXTURE}/releases`;
/** The address the fixture is built for (SITE_URL in `npm run build:fixture`): absolute links need one. */
export const FIXTURE_SITE = 'https://congkhai57.example';

/** The task whose published deadline the rewriting tests change. */
export const REWRITTEN_TASK = 'x-2025-06-19-11-phase-1';

/**
 * A copy of the fixture's content in `into`, with a published value rewritten in place (the
 * deadline of REWRITTEN_TASK, published "2025-06-30", set to "2026-12-31"): what every build must refuse.
 */
export function copyWithRewrittenDeadline(into: string): string {
  cpSync(FIXTURE_CONTENT, into, { recursive: true });
  const file = join(into, 'tasks', `${REWRITTEN_TASK}.json`);
  const task = JSON.parse(readFileSync(file, 'utf8')) as { deadline: string };
  task.deadline = '2026-12-31';
  writeFileSync(file, JSON.stringify(task));
  return into;
}
