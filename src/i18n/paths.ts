/** URLs of the portal's pages. Every page URL starts with its locale and ends with a slash. */
import { isLocaleCode, type LocaleCode } from './locales.ts';

/** @example localePath('vi', 'tasks', 's57-2025-10-15-08') // '/vi/tasks/s57-2025-10-15-08/' */
export function localePath(locale: LocaleCode, ...segments: string[]): string {
  return `/${[locale, ...segments.filter((s) => s.length > 0)].join('/')}/`;
}

/** The same page in another locale: '/vi/tasks/x/' → '/en/tasks/x/'. */
export function switchLocalePath(pathname: string, to: LocaleCode): string {
  const parts = pathname.split('/').filter(Boolean);
  if (parts.length > 0 && isLocaleCode(parts[0]!)) parts.shift();
  return localePath(to, ...parts);
}
