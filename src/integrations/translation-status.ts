/** One line per language in the build log: how many texts are written in it, and how many of those nobody has reviewed or are stale. */
import type { AstroIntegration } from 'astro';
import type { BuildContext } from '../data/build-context.ts';
import { getTranslationLedger, hashText } from '../data/translation-ledger.ts';
import { ledgerCounts, sumCounts } from '../domain/translation-ledger.ts';
import { LOCALE_CODES } from '../i18n/locales.ts';

/** @param context the build's context, from the integration that checked the data */
export function logTranslationStatus(context: () => BuildContext): AstroIntegration {
  return {
    name: 'cong-khai-57:translation-status',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const { settings, dataset } = context();
        const { texts, ledgers } = getTranslationLedger(settings.root, settings.contentDir, dataset);
        for (const locale of LOCALE_CODES) {
          const all = sumCounts(ledgerCounts(texts, ledgers[locale] ?? {}, locale, hashText));
          logger.info(
            `${locale}: ${all.translated}/${all.texts} texts written (${Math.floor((all.translated / all.texts) * 100)} %); machine-assisted and unreviewed: ${all.byState['machine-assisted']}; not recorded: ${all.byState.unrecorded}; stale: ${all.stale}`,
          );
        }
      },
    },
  };
}
