/** URLs of the portal's pages, from the route table (src/domain/routes.ts). Every page URL starts with its locale and ends with a slash. */
import { parsePagePath, routePath, sectionPath, type Section } from '../domain/routes.ts';
import type { LocaleCode } from './locales.ts';

/**
 * A page's path; the section is one of the route table's, so a misspelt one fails the type check.
 * @example localePath('vi', 'tasks', 's57-2025-10-15-08') // '/vi/tasks/s57-2025-10-15-08/'
 * @example localePath('vi') // '/vi/'
 */
export function localePath(locale: LocaleCode, section: Section = 'home', ...rest: string[]): string {
  return sectionPath(locale, section, ...rest);
}

/** The same page in another locale: '/vi/tasks/x/' → '/en/tasks/x/'; the root ('/') → the locale's home. */
export function switchLocalePath(pathname: string, to: LocaleCode): string {
  if (pathname === '/') return localePath(to);
  const route = parsePagePath(pathname);
  if (route === null) throw new Error(`${pathname}: no page of the route table (src/domain/routes.ts) is published there`);
  return routePath(to, route);
}
