/** Every locale's UI strings, by locale code. Add a locale here and in ../locales.ts. */
import type { LocaleCode } from '../locales.ts';
import { withPageStrings } from '../page-strings.ts';
import { PAGE_STRINGS } from '../pages/index.ts';
import en from './en.ts';
import fr from './fr.ts';
import id from './id.ts';
import nl from './nl.ts';
import ru from './ru.ts';
import uk from './uk.ts';
import vi from './vi.ts';

type PageSections = keyof typeof PAGE_STRINGS;

/**
 * The shape every locale follows; English is the reference for key names and types. The pages
 * with strings of their own (src/i18n/pages/) add their block and their menu name.
 */
export type UiStrings = Omit<typeof en, 'nav'> & { nav: (typeof en)['nav'] & Record<PageSections, string> } & {
  [S in PageSections]: (typeof PAGE_STRINGS)[S]['en'];
};

/** Typed loosely on purpose: plural keys differ by language (ru has _few, vi has only _other). tests/unit/i18n.test.ts checks each against English. */
export const resources: Record<LocaleCode, Record<string, unknown>> = withPageStrings({ vi, en, fr, ru, uk, nl, id }, PAGE_STRINGS);
