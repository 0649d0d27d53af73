/**
 * The one string order of the portal: by code point, as `<` compares, never by a locale's rules,
 * so files, hashes and listings come out the same on every machine. Readers' alphabetical order
 * (localeCompare in the reader's language) is a different thing, used only where people read names.
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A sort comparator on one string of each item. @example views.sort(byString((v) => v.task.id)) */
export function byString<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => compareStrings(key(a), key(b));
}
