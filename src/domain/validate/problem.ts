/** One thing wrong with the data, said so an editor can fix it without reading code. */
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
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** A value shown as an editor would type it, cut short so one bad field cannot flood the log. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

export function formatProblem(p: Problem): string {
  const where = p.field ? `${p.file} › ${p.field}` : p.file;
  return `${where}: expected ${p.expected}; found ${p.found}`;
}

/** Problems in a stable order (file, then field) so two runs print the same list. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.file === b.file ? (a.field < b.field ? -1 : a.field > b.field ? 1 : 0) : a.file < b.file ? -1 : 1));
}
