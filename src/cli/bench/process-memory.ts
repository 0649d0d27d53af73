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

/** What a process is, for the report: its program's file name and first argument's file name. */
function processName(pid: number): string {
  try {
    const [program = '', ...args] = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    const base = (path: string) => path.split('/').pop() ?? path;
    const first = args.find((arg) => arg !== '' && !arg.startsWith('-'));
    return first ? `${base(program)} ${base(first)}` : base(program) || 'unnamed';
  } catch {
    return 'ended';
  }
}

/** Bytes resident in `root` and every process below it, in all and per process name. */
export function treeResident(root: number): { total: number; byProcess: Map<string, number> } {
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
  const byProcess = new Map<string, number>();
  for (const pid of tree) {
    try {
      const bytes = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
      total += bytes;
      const name = processName(pid);
      byProcess.set(name, (byProcess.get(name) ?? 0) + bytes);
    } catch {
      // Ended between listing and reading.
    }
  }
  return { total, byProcess };
}
