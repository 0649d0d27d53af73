/** Every locale's UI strings, by locale code. Add a locale here and in ../locales.ts. */
import type { LocaleCode } from '../locales.ts';
import en from './en.ts';
import fr from './fr.ts';
import id from './id.ts';
import nl from './nl.ts';
import ru from './ru.ts';
import uk from './uk.ts';
import vi from './vi.ts';

/** The shape every locale follows; English is the reference for key names and types. */
export type UiStrings = typeof en;

/** Typed loosely on purpose: plural keys differ by language (ru has _few, vi has only _other). tests/unit/i18n.test.ts checks each against English. */
export const resources: Record<LocaleCode, Record<string, unknown>> = { vi, en, fr, ru, uk, nl, id };
