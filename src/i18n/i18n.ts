/**
 * One private i18next instance, created at build time. It is never shipped to the browser:
 * client scripts receive the strings they need through data-* attributes.
 */
import { createInstance, type Module, type Resource, type TFunction } from 'i18next';
import { formatNumber } from './format.ts';
import type { LocaleCode } from './locales.ts';
import { resources, type UiStrings } from './resources/index.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: UiStrings };
  }
}

/**
 * Every number a string interpolates ({{count}}, {{shown}}, {{total}}) goes through Intl in the
 * string's language, as the dates do: "1.300 taken" in Dutch, "1 300 tâches" in French, never
 * "1300". i18next's own formatter only formats a placeholder that names a format; this one formats
 * every number and passes any other value through.
 */
const numbersThroughIntl = {
  type: 'formatter' as const,
  init() {},
  add() {},
  addCached() {},
  format: (value: unknown, _format: string | undefined, lng: string | undefined) =>
    typeof value === 'number' && lng !== undefined ? formatNumber(value, lng as LocaleCode) : value,
};

const instance = createInstance().use(numbersThroughIntl as unknown as Module);
void instance.init({
  resources: Object.fromEntries(Object.entries(resources).map(([code, strings]) => [code, { translation: strings }])) as Resource,
  lng: 'vi',
  // No silent English in another language: a missing key shows as the key and fails the tests.
  fallbackLng: false,
  initAsync: false,
  returnNull: false,
  // Astro escapes every expression it renders; escaping here too would show "&amp;".
  interpolation: { escapeValue: false, alwaysFormat: true },
});

const memoized = new Map<LocaleCode, TFunction>();

/**
 * The translation function of one locale. Results are remembered per key and options: a national
 * build asks for the same few hundred strings millions of times, and i18next's lookup and
 * interpolation were a fifth of all rendering time.
 */
export function useTranslations(locale: LocaleCode): TFunction {
  let t = memoized.get(locale);
  if (!t) {
    const fixed = instance.getFixedT(locale) as unknown as (...args: unknown[]) => unknown;
    const results = new Map<string, unknown>();
    const remembering = (key: unknown, options?: unknown, ...rest: unknown[]) => {
      if (typeof key !== 'string' || rest.length > 0 || (options !== undefined && (typeof options !== 'object' || options === null))) {
        return fixed(key, options, ...rest);
      }
      const id = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`;
      if (!results.has(id)) results.set(id, fixed(key, options));
      return results.get(id);
    };
    t = remembering as unknown as TFunction;
    memoized.set(locale, t);
  }
  return t;
}
