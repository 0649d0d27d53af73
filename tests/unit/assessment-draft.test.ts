/**
 * The offline drafting page checks a file with a JSON Schema generated from the zod schema and a
 * small checker (public/scripts/json-schema-check.js). Each case is checked both ways: the browser
 * check must refuse what the build refuses, and pass what the build passes.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { assessmentSchema } from '../../src/domain/schema/index.ts';
import { assessmentJsonSchema } from '../../src/domain/schema/assessment-json-schema.ts';

type Problem = { path: string; keyword: string };
const sandbox: { globalThis?: unknown; CK57_checkJsonSchema?: (schema: unknown, value: unknown) => Problem[] } = {};
sandbox.globalThis = sandbox;
runInNewContext(readFileSync('public/scripts/json-schema-check.js', 'utf8'), Object.assign(sandbox, { URL }));
const schema = assessmentJsonSchema();
const browserCheck = (value: unknown) => sandbox.CK57_checkJsonSchema!(schema, value).map((p) => `${p.path}:${p.keyword}`);

const valid = {
  $schema: '../../.astro/collections/assessments.schema.json',
  id: 'late-task-assessed-2026-04-08',
  task: 'late-task',
  organisation: { vi: 'Ban giám sát', en: 'Monitoring board' },
  date: '2026-04-08',
  assessment: 'completed',
  comment: { vi: 'Đã ban hành.' },
  evidence: [{ url: 'https://example.org/issued', publisher: 'Example', title: 'Decision' }],
};

describe('the browser check of an assessment file', () => {
  it('passes a file the build passes', () => {
    expect(assessmentSchema.safeParse(valid).success).toBe(true);
    expect(browserCheck(valid)).toEqual([]);
  });

  const cases: [string, (f: any) => void, string[]][] = [
    ['an empty Vietnamese comment', (f) => (f.comment.vi = ''), ['comment.vi:minLength']],
    ['a date that does not exist', (f) => (f.date = '2026-02-30'), ['date:date']],
    ['a date in another format', (f) => (f.date = '30/01/2026'), ['date:date']],
    ['a link that is not a web address', (f) => (f.evidence[0].url = 'javascript:alert(1)'), ['evidence[0].url:uri']],
    ['a verdict outside the statuses', (f) => (f.assessment = 'done'), ['assessment:enum']],
    ['a missing organisation', (f) => delete f.organisation, ['organisation:required']],
    ['no evidence', (f) => (f.evidence = []), ['evidence:minItems']],
    ['an id with capitals', (f) => (f.id = 'Late-task'), ['id:pattern']],
    ['a field the contract does not have', (f) => (f.verdict = 'x'), ['verdict:additionalProperties']],
  ];
  for (const [name, edit, expected] of cases) {
    it(`refuses ${name}, as the build does`, () => {
      const file = structuredClone(valid);
      edit(file);
      expect(assessmentSchema.safeParse(file).success).toBe(false);
      expect(browserCheck(file)).toEqual(expected);
    });
  }
});
