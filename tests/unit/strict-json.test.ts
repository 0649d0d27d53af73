/** Strict JSON: repeated keys, byte-order marks and files the build would skip are refused, by file and key path. */
import { mkdirSync, mkdtempSync, cpSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/data/read-content.ts';
import { duplicateKeys } from '../../src/domain/validate/duplicate-keys.ts';
import { formatProblem } from '../../src/domain/validate/problem.ts';
import { validateContent } from '../../src/domain/validate/validate-content.ts';

const LATE = 'tests/fixtures/minimal/tasks/late-task.json';
const messages = (raw: ReturnType<typeof readContent>) => validateContent(raw).problems.map(formatProblem);

describe('duplicateKeys', () => {
  it('names every repeated key by its path, escapes decoded, nested objects and arrays included', () => {
    expect(duplicateKeys('{"a":1,"b":{"c":[1,{"d":2,"d":3}],"\\u0063":4},"a":[]}')).toEqual(['b.c[1].d', 'b.c', 'a']);
  });
  it('finds none in JSON without repeats, whatever strings hold', () => {
    expect(duplicateKeys('{"a":"x\\"y","b":[{"a":1},{"a":2}], "c" : { } , "d":[ ]}')).toEqual([]);
  });
});

describe('the data check on strict JSON', () => {
  it('refuses a second "history" key, which JSON.parse would keep silently', () => {
    const raw = readContent(process.cwd(), 'tests/fixtures/minimal');
    const task = raw.tasks.find((f) => f.path === LATE)!;
    task.text = task.text.replace(/\}\s*$/, ', "history": [] }');
    expect(messages(raw)).toContain(
      `${LATE} › history: expected each key once per object (JSON keeps only the last of two, silently); found the key written twice`,
    );
  });

  it('refuses a byte-order mark with one clear line instead of letting the build die in Astro', () => {
    const raw = readContent(process.cwd(), 'tests/fixtures/minimal');
    raw.tasks.find((f) => f.path === LATE)!.text = `\uFEFF${raw.tasks.find((f) => f.path === LATE)!.text}`;
    expect(messages(raw)).toContain(
      `${LATE}: expected UTF-8 without a byte-order mark (save the file as "UTF-8", not "UTF-8 with BOM"); found a byte-order mark at the start`,
    );
  });

  it('reports files and folders the loader would skip', () => {
    const copy = mkdtempSync(join(tmpdir(), 'ck57-strict-'));
    cpSync('tests/fixtures/minimal', copy, { recursive: true });
    writeFileSync(join(copy, 'tasks', 'x.JSON'), '{}');
    mkdirSync(join(copy, 'tasks', 'more'));
    mkdirSync(join(copy, 'taskz'));
    const found = messages(readContent(copy, copy));
    expect(found).toEqual([
      'tasks/more: expected only <id>.json files in a data folder (the build reads nothing else); found a folder, which the build would skip',
      'tasks/x.JSON: expected only <id>.json files in a data folder (the build reads nothing else); found a file the build would skip',
      'taskz: expected only <id>.json files in a data folder (the build reads nothing else); found a folder, which the build would skip',
    ]);
  });
});
