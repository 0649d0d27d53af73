/** Every locale's UI strings, by locale code. Add a locale here and in ../locales.ts. */
import type { LocaleCode } from '../locales.ts';
import en from './en.ts';
import vi from './vi.ts';

/** The shape every locale follows; English is the reference for key names and types. */
export type UiStrings = typeof en;

export const resources: Partial<Record<LocaleCode, unknown>> = { vi, en };
