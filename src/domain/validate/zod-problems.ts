/** Turn zod's issues into Problems that name the field, what was expected and what was found. */
import type { z } from 'zod';
import { describeValue, formatPath, type Problem } from './problem.ts';

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function expectedOf(issue: z.core.$ZodIssue): string {
  const message = issue.message.replace(/^expected /, '');
  switch (issue.code) {
    case 'invalid_type':
      return message.startsWith('Invalid input') ? `a value of type ${issue.expected}` : message;
    case 'unrecognized_keys':
      return `only the fields the schema defines (${issue.keys.map((k) => `"${k}"`).join(', ')} ${issue.keys.length === 1 ? 'is' : 'are'} not one)`;
    default:
      return message;
  }
}

/** Every issue of one failed parse, as Problems of `file`. */
export function problemsFromZod(file: string, data: unknown, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const field = formatPath(issue.path);
    const found =
      issue.code === 'unrecognized_keys' ? issue.keys.map((k) => `"${k}"`).join(', ') : describeValue(valueAt(data, issue.path));
    return { file, field, expected: expectedOf(issue), found };
  });
}
