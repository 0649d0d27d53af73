import { describe, expect, it } from 'vitest';
import { frenchSpacing } from '../../src/i18n/french-spacing.ts';
import { pickText } from '../../src/i18n/localized.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('French spacing applied when a record text is written out', () => {
  it('binds a colon, a percentage and the closing punctuation to the word before', () => {
    expect(frenchSpacing('Échéance : juin 2025 ; 40 % du budget ? oui !')).toBe(
      `Échéance${NBSP}: juin 2025${NNBSP}; 40${NBSP}% du budget${NNBSP}? oui${NNBSP}!`,
    );
  });

  it('binds guillemets to the words they enclose', () => {
    expect(frenchSpacing('le « Front de la Patrie »')).toBe(`le «${NNBSP}Front de la Patrie${NNBSP}»`);
  });

  it('leaves addresses and text without a space before the sign alone', () => {
    expect(frenchSpacing('voir https://example.org/a?b=1')).toBe('voir https://example.org/a?b=1');
  });

  it('applies to French text only, not to a Vietnamese fallback on a French page', () => {
    expect(pickText({ vi: 'Hạn : 2025', fr: 'Échéance : 2025' }, 'fr').text).toBe(`Échéance${NBSP}: 2025`);
    expect(pickText({ vi: 'Hạn : 2025' }, 'fr').text).toBe('Hạn : 2025');
    expect(pickText({ vi: 'Hạn : 2025', fr: 'Échéance : 2025' }, 'vi').text).toBe('Hạn : 2025');
  });
});
