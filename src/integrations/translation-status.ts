/** One line per language in the build log: how many record texts are written in it, and how many records still fall back. */
import type { AstroIntegration } from 'astro';
import { buildDataset } from '../data/load-dataset.ts';
import { RECORD_KINDS, totalCoverage, translationStatus } from '../domain/translation-status.ts';
import { LOCALE_CODES } from '../i18n/locales.ts';

export function logTranslationStatus(): AstroIntegration {
  return {
    name: 'cong-khai-57:translation-status',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const status = translationStatus(buildDataset());
        for (const locale of LOCALE_CODES) {
          const { texts, translated } = totalCoverage(status, locale);
          const incomplete = RECORD_KINDS.map((kind) => `${status[kind][locale].incomplete.length} ${kind}`).join(', ');
          logger.info(
            `${locale}: ${translated}/${texts} record texts translated (${Math.floor((translated / texts) * 100)} %); records with a fallback: ${incomplete}`,
          );
        }
      },
    },
  };
}
