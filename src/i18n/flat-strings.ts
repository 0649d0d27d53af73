/** A locale's nested UI strings as one flat map, "home.gap" → text: for checks over every string. */
export function flattenStrings(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') out.set(path, child);
    else for (const [k, v] of flattenStrings(child, path)) out.set(k, v);
  }
  return out;
}
