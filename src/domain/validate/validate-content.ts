/**
 * The whole data check: JSON syntax, each record against its schema, file names against ids,
 * duplicates, then the cross-record rules. It collects every problem instead of stopping at the
 * first, so an editor fixes a batch in one go.
 */
import { compareStrings } from '../compare.ts';
import type { z } from 'zod';
import { agencySchema, assessmentSchema, datasetSchema, indicatorSchema, sourceSchema, taskSchema } from '../schema/index.ts';
import { crossCheck, type ParsedContent, type ParsedRecord } from './cross-checks.ts';
import { describeValue, sortProblems, type Problem } from './problem.ts';
import { problemsFromZod } from './zod-problems.ts';
import { duplicateKeys } from './duplicate-keys.ts';
import { revisionProblems } from './revision-checks.ts';

/** A file as read from disk: its path from the project root and its text. */
export interface RawFile {
  path: string;
  text: string;
}

export interface RawContent {
  /** content/dataset.json; an empty text when the file is missing. */
  meta: RawFile;
  agencies: RawFile[];
  sources: RawFile[];
  tasks: RawFile[];
  indicators: RawFile[];
  assessments: RawFile[];
  /** Entries of the content folders the build would not read (sub-folders, "x.JSON", stray files). */
  skipped?: { path: string; folder: boolean }[];
}

export interface ValidationResult {
  problems: Problem[];
  content: ParsedContent;
}

export function parseJson(file: RawFile, problems: Problem[]): { ok: true; value: unknown } | { ok: false } {
  // Astro's loader stops the build on a byte-order mark, so refuse it here, where the message is clear.
  if (file.text.startsWith('\uFEFF')) {
    problems.push({
      file: file.path,
      field: '',
      expected: 'UTF-8 without a byte-order mark (save the file as "UTF-8", not "UTF-8 with BOM")',
      found: 'a byte-order mark at the start',
    });
    return { ok: false };
  }
  let value: unknown;
  try {
    value = JSON.parse(file.text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push({ file: file.path, field: '', expected: 'well-formed JSON', found: `a syntax error: ${reason}` });
    return { ok: false };
  }
  const repeated = duplicateKeys(file.text);
  for (const key of repeated) {
    problems.push({
      file: file.path,
      field: key,
      expected: 'each key once per object (JSON keeps only the last of two, silently)',
      found: 'the key written twice',
    });
  }
  return repeated.length > 0 ? { ok: false } : { ok: true, value };
}

type Parsed<T> = { data: T; valid: boolean } | null;

/**
 * A record that is JSON but breaks its schema is still returned (valid: false), so the
 * cross-record checks can report its other problems in the same run.
 */
function parseRecord<T>(file: RawFile, schema: z.ZodType<T>, problems: Problem[], isTask = false): Parsed<T> {
  const json = parseJson(file, problems);
  if (!json.ok) return null;
  const result = schema.safeParse(json.value, { reportInput: true });
  if (!result.success) {
    problems.push(...problemsFromZod(file.path, json.value, result.error));
    return json.value !== null && typeof json.value === 'object' ? { data: json.value as T, valid: false } : null;
  }
  const revised = revisionProblems(file.path, result.data as T & { revisions?: [] }, schema, isTask);
  problems.push(...revised);
  return { data: result.data, valid: revised.length === 0 };
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/, '');
}

function parseCollection<T extends { id: string }>(
  files: RawFile[],
  schema: z.ZodType<T>,
  problems: Problem[],
  isTask = false,
): ParsedRecord<T>[] {
  const records: ParsedRecord<T>[] = [];
  const byId = new Map<string, string>();
  for (const file of [...files].sort((a, b) => compareStrings(a.path, b.path))) {
    const parsed = parseRecord(file, schema, problems, isTask);
    if (parsed === null) continue;
    const { data, valid } = parsed;
    if (!valid) {
      records.push({ file: file.path, data, valid });
      continue;
    }
    if (data.id !== baseName(file.path)) {
      problems.push({
        file: file.path,
        field: 'id',
        expected: `the file name without .json, ${describeValue(baseName(file.path))}`,
        found: describeValue(data.id),
      });
      continue;
    }
    const key = data.id.toLowerCase();
    const other = byId.get(key);
    if (other !== undefined) {
      problems.push({
        file: file.path,
        field: 'id',
        expected: `an id no other record uses (${other} has it)`,
        found: describeValue(data.id),
      });
      continue;
    }
    byId.set(key, file.path);
    records.push({ file: file.path, data, valid });
  }
  return records;
}

/** Check everything. `content` is only safe to use when `problems` is empty. */
export function validateContent(raw: RawContent): ValidationResult {
  const problems: Problem[] = [];
  let meta: ParsedRecord<z.infer<typeof datasetSchema>> | null = null;
  if (raw.meta.text === '') {
    problems.push({
      file: raw.meta.path,
      field: '',
      expected: 'the dataset file with the "as of" date',
      found: 'no such file, or an empty one',
    });
  } else {
    const parsed = parseRecord(raw.meta, datasetSchema, problems);
    if (parsed !== null && parsed.valid) meta = { file: raw.meta.path, data: parsed.data, valid: true };
  }
  const content: ParsedContent = {
    meta,
    agencies: parseCollection(raw.agencies, agencySchema, problems),
    sources: parseCollection(raw.sources, sourceSchema, problems),
    tasks: parseCollection(raw.tasks, taskSchema, problems, true),
    indicators: parseCollection(raw.indicators, indicatorSchema, problems),
    assessments: parseCollection(raw.assessments, assessmentSchema, problems),
    // Every file present counts as an id, even a broken one, so one bad file does not make
    // every reference to it fail too.
    fileIds: {
      agencies: new Set(raw.agencies.map((f) => baseName(f.path))),
      sources: new Set(raw.sources.map((f) => baseName(f.path))),
      tasks: new Set(raw.tasks.map((f) => baseName(f.path))),
      indicators: new Set(raw.indicators.map((f) => baseName(f.path))),
    },
  };
  for (const entry of raw.skipped ?? []) {
    problems.push({
      file: entry.path,
      field: '',
      expected: 'only <id>.json files in a data folder (the build reads nothing else)',
      found: entry.folder ? 'a folder, which the build would skip' : 'a file the build would skip',
    });
  }
  problems.push(...crossCheck(content));
  return { problems: sortProblems(dedupe(problems)), content };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}\u0000${p.field}\u0000${p.expected}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
