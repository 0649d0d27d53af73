/**
 * JSON.parse keeps the last of two equal keys and says nothing, so a second `"history": []` would
 * silently wipe a record's history. This scan walks text that JSON.parse already accepted and
 * returns the path of every key an object repeats, e.g. `history[2].note` or `name.vi`.
 */
import { formatPath } from './problem.ts';

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

export function duplicateKeys(text: string): string[] {
  const found: string[] = [];
  let i = 0;
  const path: (string | number)[] = [];

  const skipSpace = () => {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
  };
  /** A string token, decoded with JSON.parse so escapes ("\u0061") compare as the key they spell. */
  const readString = (): string => {
    const start = i;
    i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const readValue = (): void => {
    skipSpace();
    const c = text[i];
    if (c === '{') {
      i++;
      const seen = new Set<string>();
      skipSpace();
      if (text[i] === '}') return void i++;
      for (;;) {
        skipSpace();
        const key = readString();
        if (seen.has(key)) found.push(formatPath([...path, key]));
        seen.add(key);
        skipSpace();
        i++; // ':'
        path.push(key);
        readValue();
        path.pop();
        skipSpace();
        if (text[i++] === '}') return;
      }
    }
    if (c === '[') {
      i++;
      skipSpace();
      if (text[i] === ']') return void i++;
      for (let index = 0; ; index++) {
        path.push(index);
        readValue();
        path.pop();
        skipSpace();
        if (text[i++] === ']') return;
      }
    }
    if (c === '"') return void readString();
    // A number, true, false or null: runs until a delimiter.
    while (i < text.length && !WHITESPACE.has(text[i]!) && text[i] !== ',' && text[i] !== '}' && text[i] !== ']') i++;
  };
  readValue();
  return found;
}
