/**
 * The editors' JSON Schemas, written from the data contract (src/domain/schema) into
 * .astro/collections/, where every data file's "$schema" points, so editors see most mistakes as
 * they type. `npm run sync` and every build write them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { agencySchema, assessmentSchema, datasetSchema, indicatorSchema, sourceSchema, taskSchema } from '../domain/schema/index.ts';
import { translationLedger } from '../domain/schema/translation-ledger.ts';

const SCHEMAS: Record<string, z.ZodType> = {
  dataset: datasetSchema,
  agencies: agencySchema,
  sources: sourceSchema,
  tasks: taskSchema,
  indicators: indicatorSchema,
  assessments: assessmentSchema,
  // content/translations/<locale>.json: how each translated text was made (no "$schema" key, so VS Code maps it).
  translations: translationLedger,
};

export function writeEditorSchemas(root: string): void {
  const dir = join(root, '.astro', 'collections');
  mkdirSync(dir, { recursive: true });
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    // As editors type it (input), with what JSON Schema cannot say (refinements) left to the data check.
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
    writeFileSync(join(dir, `${name}.schema.json`), `${JSON.stringify(json, null, 2)}\n`);
  }
}

if (import.meta.main) {
  writeEditorSchemas(process.cwd());
  console.log('Wrote the editors’ JSON Schemas into .astro/collections/.');
}
