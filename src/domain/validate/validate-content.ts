/**
 * The whole data check: JSON syntax, each record against its schema, file names against ids,
 * duplicates, then the cross-record rules. It collects every problem instead of stopping at the
 * first, so an editor fixes a batch in one go.
 */
import type { z } from 'zod';
import { agencySchema, datasetSchema, indicatorSchema, sourceSchema, taskSchema } from '../schema/index.ts';
import { crossCheck, type ParsedContent, type ParsedRecord } from './cross-checks.ts';
import { describeValue, sortProblems, type Problem } from './problem.ts';
import { problemsFromZod } from './zod-problems.ts';

/** A file as read from disk: its path from the project root and its text. */
export interface RawFile {
  path: string;
  text: string;
}

export interface RawContent {
  /** content/dataset.json, or null when the file is missing. */
  meta: RawFile | null;
  agencies: RawFile[];
  sources: RawFile[];
  tasks: RawFile[];
  indicators: RawFile[];
}

export interface ValidationResult {
  problems: Problem[];
  content: ParsedContent;
}

function parseJson(file: RawFile, problems: Problem[]): { ok: true; value: unknown } | { ok: false } {
  try {
    // A byte-order mark is invisible in editors; accept it rather than fail on it.
    return { ok: true, value: JSON.parse(file.text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push({ file: file.path, field: '', expected: 'well-formed JSON', found: `a syntax error: ${reason}` });
    return { ok: false };
  }
}

function parseRecord<T>(file: RawFile, schema: z.ZodType<T>, problems: Problem[]): T | null {
  const json = parseJson(file, problems);
  if (!json.ok) return null;
  const result = schema.safeParse(json.value, { reportInput: true });
  if (!result.success) {
    problems.push(...problemsFromZod(file.path, json.value, result.error));
    return null;
  }
  return result.data;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/, '');
}

function parseCollection<T extends { id: string }>(files: RawFile[], schema: z.ZodType<T>, problems: Problem[]): ParsedRecord<T>[] {
  const records: ParsedRecord<T>[] = [];
  const byId = new Map<string, string>();
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const data = parseRecord(file, schema, problems);
    if (data === null) continue;
    if (data.id !== baseName(file.path)) {
      problems.push({ file: file.path, field: 'id', expected: `the file name without .json, ${describeValue(baseName(file.path))}`, found: describeValue(data.id) });
      continue;
    }
    const key = data.id.toLowerCase();
    const other = byId.get(key);
    if (other !== undefined) {
      problems.push({ file: file.path, field: 'id', expected: `an id no other record uses (${other} has it)`, found: describeValue(data.id) });
      continue;
    }
    byId.set(key, file.path);
    records.push({ file: file.path, data });
  }
  return records;
}

/** Check everything; `content` holds only the records that passed their own schema. */
export function validateContent(raw: RawContent): ValidationResult {
  const problems: Problem[] = [];
  let meta: ParsedRecord<z.infer<typeof datasetSchema>> | null = null;
  if (raw.meta === null) {
    problems.push({ file: 'content/dataset.json', field: '', expected: 'the dataset file with the "as of" date', found: 'no such file' });
  } else {
    const data = parseRecord(raw.meta, datasetSchema, problems);
    if (data !== null) meta = { file: raw.meta.path, data };
  }
  const content: ParsedContent = {
    meta,
    agencies: parseCollection(raw.agencies, agencySchema, problems),
    sources: parseCollection(raw.sources, sourceSchema, problems),
    tasks: parseCollection(raw.tasks, taskSchema, problems),
    indicators: parseCollection(raw.indicators, indicatorSchema, problems),
  };
  problems.push(...crossCheck(content));
  return { problems: sortProblems(problems), content };
}
