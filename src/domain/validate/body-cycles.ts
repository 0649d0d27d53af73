/**
 * A body cannot sit under itself, however far up: Hanoi "part of Huế" and Huế "part of Hanoi"
 * would make every roll-up by parent loop. Each body on a loop is reported, with the loop.
 */
import type { Agency } from '../schema/index.ts';
import type { ParsedRecord } from './cross-checks.ts';
import { describeValue, type Problem } from './problem.ts';

export function bodyCycles(agencies: readonly ParsedRecord<Agency>[], problems: Problem[]): void {
  const parentOf = new Map<string, string | null>();
  for (const { data } of agencies)
    if (typeof data.id === 'string') parentOf.set(data.id, typeof data.parent === 'string' ? data.parent : null);
  for (const { file, data } of agencies) {
    if (typeof data.id !== 'string' || data.parent === data.id) continue; // a body as its own parent is reported on its own
    const chain = [data.id];
    let next = parentOf.get(data.id) ?? null;
    while (next !== null && !chain.includes(next)) {
      chain.push(next);
      next = parentOf.get(next) ?? null;
    }
    if (next === data.id) {
      problems.push({
        file,
        field: 'parent',
        expected: 'a parent that is not below this body (bodies form a tree, without loops)',
        found: `${describeValue(data.parent)}, which leads back to it: ${[...chain, data.id].join(' → ')}`,
      });
    }
  }
}
