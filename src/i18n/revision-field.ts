/**
 * A revised field as a reader reads it: "Observations (2) › Note" rather than
 * "observations[1].note", and "Description › Bahasa Indonesia" rather than "description.id".
 */
import type { TFunction } from 'i18next';
import { parseFieldPath } from '../domain/revisions.ts';
import { formatNumber } from './format.ts';
import { LOCALE_CODES } from '../domain/schema/primitives.ts';
import type { LocaleCode } from './locales.ts';
import type { UiStrings } from './resources/index.ts';

type FieldName = keyof UiStrings['revision']['fields'];

/** The field names with a label of their own (the English strings list them; every locale must too). */
const fieldNames: Record<FieldName, true> = {
  title: true,
  description: true,
  name: true,
  shortName: true,
  lead: true,
  jointLeads: true,
  coordinating: true,
  leaderRole: true,
  deadlineNote: true,
  assigned: true,
  source: true,
  citedIn: true,
  observations: true,
  targets: true,
  value: true,
  period: true,
  comparable: true,
  note: true,
  text: true,
  outlet: true,
  url: true,
  urlNote: true,
  language: true,
  number: true,
  date: true,
  summary: true,
  issuer: true,
  parent: true,
  kind: true,
};

export function revisionFieldLabel(field: string, locale: LocaleCode, t: TFunction): string {
  const names: readonly string[] = Object.keys(fieldNames);
  const languages = new Intl.DisplayNames([locale], { type: 'language' });
  const labels: string[] = [];
  for (const key of parseFieldPath(field)) {
    // A position in a list belongs to the list's label: "Observations (2)".
    if (typeof key === 'number') labels.push(`${labels.pop() ?? ''}\u00a0(${formatNumber(key + 1, locale)})`);
    else if ((LOCALE_CODES as readonly string[]).includes(key)) labels.push(languages.of(key) ?? key);
    else labels.push(names.includes(key) ? t(`revision.fields.${key as FieldName}`) : key);
  }
  return labels.join(' › ');
}
