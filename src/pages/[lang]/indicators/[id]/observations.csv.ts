/** An indicator's figures and targets as CSV, every row with its source. */
import type { APIRoute } from 'astro';
import { getDataset } from '../../../../data/dataset.ts';
import { toCsv } from '../../../../domain/csv.ts';
import type { Evidence, Indicator } from '../../../../domain/schema/index.ts';
import { periodIn, textIn } from '../../../../i18n/localized.ts';
import { localeRecordParams } from '../../../../i18n/static-paths.ts';
import type { LocaleCode } from '../../../../i18n/locales.ts';

export async function getStaticPaths() {
  const data = await getDataset();
  return localeRecordParams(
    data.indicators.filter((i) => i.observations.some((o) => o.value !== undefined)),
    (i) => i.id,
  );
}

const cite = (evidence: readonly Evidence[]) => evidence.map((e) => ('url' in e ? e.url : `source:${e.source}`)).join(' ');

export const GET: APIRoute = ({ params, props }) => {
  const locale = params['lang'] as LocaleCode;
  const indicator = (props as { record: Indicator }).record;
  const rows = [
    ['kind', 'date', 'period', 'value', 'comparable', 'text', 'source'],
    ...indicator.observations.map((o) => [
      'observation',
      o.date,
      periodIn(o.period, locale),
      o.value ?? '',
      o.comparable,
      textIn(o.text, locale),
      cite(o.evidence),
    ]),
    ...indicator.targets.map((t) => ['target', t.date, t.date.slice(0, 4), t.value ?? '', true, textIn(t.text, locale), cite(t.evidence)]),
  ];
  return new Response(toCsv(rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
