/**
 * A kind of page may keep its strings in one file with all seven languages side by side
 * (src/i18n/pages/<section>.ts) instead of a block in each of the seven locale files, so adding a
 * page type touches its route, its page module, that file and the list in src/i18n/pages/index.ts.
 * The strings join each locale's resources under the section's name, and `name` becomes the
 * page's menu and footer label, `nav.<section>`: pages read them with t() like any other string.
 */
import type { LocaleCode } from './locales.ts';
import type { Shape } from './resources/shape.ts';

/** A nested object of strings, as a locale file holds them. */
export interface StringTree {
  readonly [key: string]: string | StringTree;
}

/** The page's strings in English (the reference for keys) and every other language in its shape. */
export type PageStrings<T extends { name: string }> = { readonly en: T } & {
  readonly [C in Exclude<LocaleCode, 'en'>]: Shape<T>;
};

/**
 * Declare a page's strings: English sets the keys; a language missing a key, or with one English
 * lacks, fails type-checking (plural forms as each language needs them, as in the locale files).
 */
export function definePageStrings<T extends { name: string } & StringTree>(
  strings: { readonly en: T } & { readonly [C in Exclude<LocaleCode, 'en'>]: NoInfer<Shape<T>> },
): PageStrings<T> {
  return strings;
}

/**
 * Each locale's resources with the pages' strings joined in. A section's name must be new: a page
 * whose strings would replace a block of the locale files fails the build instead.
 */
export function withPageStrings(
  base: Record<LocaleCode, Record<string, unknown>>,
  pages: Readonly<Record<string, Record<LocaleCode, { name: string }>>>,
): Record<LocaleCode, Record<string, unknown>> {
  return Object.fromEntries(
    Object.entries(base).map(([code, strings]) => {
      const joined: Record<string, unknown> = { ...strings };
      const nav = { ...(strings['nav'] as Record<string, string>) };
      for (const [section, bundle] of Object.entries(pages)) {
        if (Object.hasOwn(strings, section) || Object.hasOwn(nav, section))
          throw new Error(`src/i18n/pages/${section}.ts: the locale file ${code}.ts already has strings named "${section}"; rename one`);
        joined[section] = bundle[code as LocaleCode];
        nav[section] = bundle[code as LocaleCode].name;
      }
      joined['nav'] = nav;
      return [code, joined];
    }),
  ) as Record<LocaleCode, Record<string, unknown>>;
}
