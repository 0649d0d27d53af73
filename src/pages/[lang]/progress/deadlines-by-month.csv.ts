/** The deadline chart's data as CSV (UTF-8 with a byte-order mark, so spreadsheets read Vietnamese). */
import type { APIRoute } from 'astro';
import { getDataset } from '../../../data/dataset.ts';
import { deadlinesByMonth } from '../../../domain/rollups.ts';
import { DERIVED_STATUSES } from '../../../domain/status.ts';
import { toCsv } from '../../../domain/csv.ts';
import { useTranslations } from '../../../i18n/i18n.ts';
import { localeParams } from '../../../i18n/static-paths.ts';
import type { LocaleCode } from '../../../i18n/locales.ts';

export function getStaticPaths() {
  return localeParams();
}

export const GET: APIRoute = async ({ params }) => {
  const locale = params['lang'] as LocaleCode;
  const t = useTranslations(locale);
  const buckets = deadlinesByMonth((await getDataset()).taskViews);
  const header = ['month', ...DERIVED_STATUSES, 'total'];
  const labels = [t('progress.month'), ...DERIVED_STATUSES.map((code) => t(`status.${code}`)), t('progress.total')];
  const rows = buckets.map((b) => [b.month, ...DERIVED_STATUSES.map((code) => b.counts[code]), b.total]);
  return new Response(toCsv([header, labels, ...rows]), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
