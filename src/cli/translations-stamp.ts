/**
 * `npm run translations:stamp -- --method machine-assisted --date 2026-12-04 [--reviewer "Name"] [--locale fr]`:
 * record in content/translations/<locale>.json how every translated text that has no entry yet
 * was made, with the SHA-256 of its current Vietnamese, so a later change of the Vietnamese shows
 * the translation as stale. Existing entries are kept; --refresh-stale re-stamps those whose
 * Vietnamese changed (once their translations are brought up to date); to record a review, give
 * --reviewer and remove the entries it replaces first (or edit them by hand).
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDataset } from '../data/load-dataset.ts';
import { contentDir } from '../data/content-dir.ts';
import { hashText, LEDGER_LOCALES, ledgerFile, pageTexts } from '../data/translation-ledger.ts';
import { TRANSLATION_METHODS, translationLedger, type TranslationMethod } from '../domain/schema/translation-ledger.ts';
import { isoDate, type LocaleCode } from '../domain/schema/primitives.ts';
import { stampLedger } from '../domain/translation-ledger.ts';
import { translatableTexts } from '../domain/translation-texts.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    method: { type: 'string' },
    date: { type: 'string' },
    reviewer: { type: 'string' },
    locale: { type: 'string', multiple: true },
    'refresh-stale': { type: 'boolean' },
  },
});
const method = values.method as TranslationMethod | undefined;
if (method === undefined || !TRANSLATION_METHODS.includes(method))
  fail(`--method: expected one of ${TRANSLATION_METHODS.join(', ')}; found ${values.method ?? 'nothing'}`);
if (values.date === undefined || !isoDate.safeParse(values.date).success)
  fail(`--date: expected a date written as YYYY-MM-DD; found ${values.date ?? 'nothing'}`);
const locales = (values.locale ?? LEDGER_LOCALES) as LocaleCode[];
for (const l of locales) if (!LEDGER_LOCALES.includes(l)) fail(`--locale: expected one of ${LEDGER_LOCALES.join(', ')}; found ${l}`);

const root = process.cwd();
const data = loadDataset(root, contentDir);
const texts = translatableTexts(data, pageTexts(root, contentDir));
for (const locale of locales) {
  const file = resolve(root, ledgerFile(contentDir, locale));
  const before = existsSync(file) ? translationLedger.parse(JSON.parse(readFileSync(file, 'utf8'))) : {};
  const after = stampLedger(
    texts,
    before,
    locale,
    { method, date: values.date, reviewer: values.reviewer, refreshStale: values['refresh-stale'] },
    hashText,
  );
  const added = Object.keys(after).filter((k) => before[k] === undefined || before[k]!.vi !== after[k]!.vi).length;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(after, null, 2)}\n`);
  console.log(`${ledgerFile(contentDir, locale)}: ${added} text${added === 1 ? '' : 's'} stamped (${Object.keys(after).length} in all).`);
}
