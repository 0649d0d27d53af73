/**
 * The offline search index of one locale: a classic script (file:// pages cannot fetch or import
 * modules) that sets a global list of records with their titles and tone-mark-free text.
 */
import type { APIRoute } from 'astro';
import { getDataset } from '../../data/dataset.ts';
import { foldDiacritics } from '../../domain/search/fold.ts';
import { useTranslations } from '../../i18n/i18n.ts';
import { textIn } from '../../i18n/localized.ts';
import type { LocaleCode } from '../../i18n/locales.ts';
import { localePath } from '../../i18n/paths.ts';
import { localeParams } from '../../i18n/static-paths.ts';

export function getStaticPaths() {
  return localeParams();
}

export const GET: APIRoute = async ({ params }) => {
  const locale = params['lang'] as LocaleCode;
  const t = useTranslations(locale);
  const data = await getDataset();
  const record = (url: string, title: string, kind: string, ...more: string[]) => ({ u: url, t: title, k: kind, x: foldDiacritics([title, ...more].join(' ')) });
  const records = [
    ...data.taskViews.map((v) =>
      record(localePath(locale, 'tasks', v.task.id), textIn(v.task.title, locale), `${t('search.kind.task')} · ${t(`status.${v.status.code}`)}`, textIn(v.task.description, locale), v.task.id),
    ),
    ...data.agencies.map((a) => record(localePath(locale, 'bodies', a.id), textIn(a.name, locale), t('search.kind.body'), textIn(a.leaderRole ?? { vi: '' }, locale))),
    ...data.indicators.map((i) => record(localePath(locale, 'indicators', i.id), textIn(i.name, locale), t('search.kind.indicator'), ...i.targets.map((x) => textIn(x.text, locale)))),
    ...data.sources.map((s) => record(localePath(locale, 'sources', s.id), textIn(s.title, locale), t('search.kind.source'), s.number ?? '', s.outlet ?? '')),
  ];
  return new Response(`window.CK57_OFFLINE_INDEX = ${JSON.stringify(records)};\n`, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
