/**
 * `npm run translations:glossary`: every record text and editorial page that uses a variant the
 * glossary rules out, one line each (language, text pointer, what was found, the term to use).
 * Exit 1 when there is any, so a translator can run it before committing.
 */
import { loadDataset } from '../data/load-dataset.ts';
import { contentDir } from '../data/content-dir.ts';
import { LEDGER_LOCALES, pageTexts } from '../data/translation-ledger.ts';
import { translatableTexts } from '../domain/translation-texts.ts';
import { recordGlossaryViolations } from '../i18n/glossary.ts';
import { exitAfterOutput } from './exit.ts';

const root = process.cwd();
const texts = translatableTexts(loadDataset(root, contentDir), pageTexts(root, contentDir));
let count = 0;
for (const locale of LEDGER_LOCALES) {
  for (const v of recordGlossaryViolations(texts, locale)) {
    count += 1;
    console.log(`${locale} ${v.key}: found "${v.found}"; the glossary's term is "${v.term}"`);
  }
}
console.log(
  count === 0
    ? 'Every record text follows the glossary.'
    : `${count} record text${count === 1 ? '' : 's'} use a variant the glossary rules out.`,
);
await exitAfterOutput(count === 0 ? 0 : 1);
