/** One thing wrong with the data, said so an editor can fix it without reading code. */
import { compareStrings } from '../compare.ts';
export interface Problem {
  /** Path of the file from the project root, e.g. content/tasks/s57-2025-10-15-08.json. */
  file: string;
  /** Where in the record, e.g. history[2].date; empty for the whole file. */
  field: string;
  expected: string;
  found: string;
}

/** "history", 2, "date" → "history[2].date" */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
}

// eslint-disable-next-line no-misleading-character-class -- each invisible character is listed on its own, on purpose
const SHOWN_BY_CODE = /[\u007F-\u009F\u00AD\u034F\u115F\u1160\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2069\u3164\uFEFF\uFFA0\uFFFE\uFFFF]/g;

/** A value shown as an editor would type it, cut short so one bad field cannot flood the log. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  // JSON.parse reads 1e400 as Infinity, which JSON.stringify would print as null.
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a number too large to store (it reads as infinity)';
  // Characters that print nothing are shown by their code, so the editor can find them.
  const text = JSON.stringify(value).replace(SHOWN_BY_CODE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  if (text.length <= 120) return text;
  // Keep a hidden character in view when it sits past the cut.
  const hidden = text.search(/\\u[0-9A-F]{4}/i);
  return hidden > 110 ? `${text.slice(0, 40)}…${text.slice(hidden - 30, hidden + 40)}…` : `${text.slice(0, 117)}…`;
}

export function formatProblem(p: Problem): string {
  const where = p.field ? `${p.file} › ${p.field}` : p.file;
  return `${where}: expected ${p.expected}; found ${p.found}`;
}

/** Problems in a stable order (file, then field) so two runs print the same list. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.file === b.file ? compareStrings(a.field, b.field) : a.file < b.file ? -1 : 1));
}
