/** The last report beside a verdict: "last report: In progress, 28 June 2025", or "no report at all". */
import type { TFunction } from 'i18next';
import type { DerivedStatus } from '../domain/status.ts';
import { formatDate } from './format.ts';
import type { LocaleCode } from './locales.ts';

export function lastReportText(
  { reported, reportedOn }: Pick<DerivedStatus, 'reported' | 'reportedOn'>,
  locale: LocaleCode,
  t: TFunction,
): string {
  return reported === null || reportedOn === null
    ? t('status.noReport')
    : t('status.lastReport', { status: t(`reported.${reported}`), date: formatDate(reportedOn, locale) });
}
