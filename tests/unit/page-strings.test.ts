/**
 * A page's strings in one file (src/i18n/page-strings.ts): they join every locale under the
 * section's name with `name` as its menu label, a clash with the locale files fails, and a
 * language missing a key fails type-checking (the @ts-expect-error lines are checked by
 * `npm run check:types`: were the call accepted, the unused directive would fail it).
 */
import { describe, expect, it } from 'vitest';
import { definePageStrings, withPageStrings } from '../../src/i18n/page-strings.ts';
import { resources } from '../../src/i18n/resources/index.ts';
import { useTranslations } from '../../src/i18n/i18n.ts';

const base = { vi: { nav: { home: 'Trang chủ' }, home: { title: 'Trang chủ' } }, en: { nav: { home: 'Home' }, home: { title: 'Home' } } };
const page = {
  vi: { name: 'Khả năng tiếp cận', title: 'Khả năng tiếp cận' },
  en: { name: 'Accessibility', title: 'Accessibility' },
};

describe('page strings', () => {
  it('joins each language under the section, with its name as the menu label', () => {
    const joined = withPageStrings(base as never, { accessibility: page } as never) as unknown as typeof base &
      Record<'vi' | 'en', { accessibility: unknown; nav: Record<string, string> }>;
    expect(joined.vi.accessibility).toEqual(page.vi);
    expect(joined.en.nav).toEqual({ home: 'Home', accessibility: 'Accessibility' });
    expect(joined.vi.home).toEqual({ title: 'Trang chủ' });
    // The locale files' own objects are left as they were.
    expect(base.en.nav).toEqual({ home: 'Home' });
  });

  it('refuses a page whose name is already a block of the locale files', () => {
    expect(() => withPageStrings(base as never, { home: page } as never)).toThrow(
      'src/i18n/pages/home.ts: the locale file vi.ts already has strings named "home"; rename one',
    );
  });

  it('reaches the accessibility statement’s strings through t() in every language', () => {
    expect(useTranslations('vi')('nav.accessibility')).toBe('Khả năng tiếp cận');
    expect(useTranslations('ru')('accessibility.rules', { count: 21 })).toContain('(21 тип)');
    expect(useTranslations('ru')('accessibility.rules', { count: 22 })).toContain('(22 типа)');
    expect(useTranslations('ru')('accessibility.rules', { count: 25 })).toContain('(25 типов)');
    expect(useTranslations('en')('accessibility.rules', { count: 25 })).toContain('(25 kinds)');
    expect(useTranslations('en')('accessibility.rules', { count: 1 })).toContain('(1 kind)');
    for (const strings of Object.values(resources)) expect(typeof strings['accessibility']).toBe('object');
  });

  it('checks every language against English when the types are checked', () => {
    const strings = { name: 'A', title: 'B' };
    const others = { vi: strings, fr: strings, ru: strings, uk: strings, nl: strings };
    // @ts-expect-error Indonesian is missing.
    expect(() => definePageStrings({ en: strings, ...others })).not.toThrow();
    // @ts-expect-error Indonesian lacks "title".
    expect(() => definePageStrings({ en: strings, ...others, id: { name: 'A' } })).not.toThrow();
    // @ts-expect-error Indonesian has a key English lacks.
    expect(() => definePageStrings({ en: strings, ...others, id: { ...strings, extra: 'C' } })).not.toThrow();
    // Plural forms as each language needs them: Russian's _few beside English's _one/_other.
    const counted = { name: 'A', n_one: 'one', n_other: 'other' };
    expect(
      definePageStrings({
        en: counted,
        vi: { name: 'A', n_other: 'x' },
        fr: counted,
        ru: { ...counted, n_few: 'f' },
        uk: counted,
        nl: counted,
        id: counted,
      }).ru.n_few,
    ).toBe('f');
  });
});
