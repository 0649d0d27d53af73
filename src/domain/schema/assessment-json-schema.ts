/**
 * The assessment file's rules as a JSON Schema, generated from the one zod schema, for the offline
 * drafting page to check a file in the browser without zod (whose bundle is ten times the page
 * budget). The two rules zod keeps in code become standard JSON Schema words: a real calendar date
 * is `format: "date"`, a web address is `format: "uri"` with an http(s) pattern.
 */
import { z } from 'zod';
import { assessmentSchema } from './assessment.ts';
import { isoDate, webUrl } from './primitives.ts';

export function assessmentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(assessmentSchema, {
    io: 'input',
    override: (ctx) => {
      if (ctx.zodSchema === isoDate) ctx.jsonSchema.format = 'date';
      if (ctx.zodSchema === webUrl) Object.assign(ctx.jsonSchema, { format: 'uri', pattern: '^https?://' });
    },
  }) as Record<string, unknown>;
}
