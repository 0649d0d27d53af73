/**
 * The offline search index of one locale: a classic script (file:// pages cannot fetch or import
 * modules) that sets a global list of records with their search documents' weighted fields, the
 * same documents the online index is built from (src/integrations/search-documents.ts).
 */
import type { APIRoute } from 'astro';
import { getDataset } from '../../data/dataset.ts';
import { FIELD_WEIGHTS } from '../../domain/search/document.ts';
import type { OfflineRecord } from '../../domain/search/offline-rank.ts';
import { facetsFor } from '../../integrations/search-facets.ts';
import { documentFor, recordPaths } from '../../integrations/search-documents.ts';
import { useTranslations } from '../../i18n/i18n.ts';
import type { LocaleCode } from '../../i18n/locales.ts';
import { localeParams } from '../../i18n/static-paths.ts';

export function getStaticPaths() {
  return localeParams();
}

export const GET: APIRoute = async ({ params }) => {
  const locale = params['lang'] as LocaleCode;
  const t = useTranslations(locale);
  const data = await getDataset();
  const records: OfflineRecord[] = recordPaths(data, locale).map((path) => {
    const document = documentFor(path, '', data, locale, t);
    const facets = facetsFor(path, data, locale, t);
    return {
      u: path,
      t: document.title,
      k: [facets.kind, facets.status].filter(Boolean).join(' · '),
      f: document.fields.map((field): [number, string, string] => [FIELD_WEIGHTS[field.name], field.text, field.name]),
    };
  });
  return new Response(`window.CK57_OFFLINE_INDEX = ${JSON.stringify(records)};\n`, {
    headers: { 'content-type': 'text/javascript; charset=utf-8' },
  });
};
