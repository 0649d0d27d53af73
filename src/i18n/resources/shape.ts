/**
 * The shape every locale's strings must have, derived from the English file: every key English
 * has, and no other, except plural forms. A plural key ("count_one", "count_other") may take the
 * forms its language needs (Vietnamese only _other, Russian _one/_few/_many/_other), so _other is
 * required and the rest optional. A missing or misspelt key fails type-checking.
 */
import type en from './en.ts';

type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Base<K> = K extends `${infer B}_${PluralForm}` ? B : never;

/** What another language's strings must be, given English's: same keys, its own plural forms. */
export type Shape<T> = {
  [K in keyof T as K extends `${string}_${PluralForm}` ? never : K]: T[K] extends string ? string : Shape<T[K]>;
} & {
  [K in keyof T as K extends `${string}_other` ? K : never]: string;
} & {
  [K in keyof T as Base<K> extends never ? never : `${Base<K>}_${Exclude<PluralForm, 'other'>}`]?: string;
};

export type LocaleStrings = Shape<typeof en>;
