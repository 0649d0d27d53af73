/**
 * Resident memory of a process and all its descendants (Pagefind's indexer runs as a child
 * process), read from /proc. The benchmark samples it to report the whole run's peak.
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_SIZE = 4096;

function parentsOfAll(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may contain spaces and parentheses: fields start after the last ")".
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return parents;
}

/** Bytes resident in `root` and every process below it; 0 once it has ended. */
export function treeResidentBytes(root: number): number {
  const parents = parentsOfAll();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of tree) {
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
    } catch {
      // Ended between listing and reading.
    }
  }
  return total;
}
