/** A record text inside a UI sentence keeps its real language when it falls back. */
import { describe, expect, it } from 'vitest';
import { recordMarkers, splitSentence } from '../../src/i18n/record-in-sentence.ts';
import { useTranslations } from '../../src/i18n/i18n.ts';

const target = { vi: '2% GDP vào năm 2030', en: '2% of GDP by 2030' };

describe('splitSentence', () => {
  it('hands back a fallback record text as its own part, in English, on a Russian page', () => {
    const sentence = useTranslations('ru')('home.gap', { value: '1,6', target: recordMarkers(['target']).target! });
    expect(splitSentence(sentence, { target }, 'ru')).toEqual([
      { text: 'До цели не хватает 1,6 (' },
      { record: { text: '2% of GDP by 2030', lang: 'en', fallback: true } },
      { text: ')' },
    ]);
  });

  it('marks a record text in the page’s own language as no fallback', () => {
    const sentence = useTranslations('vi')('home.gap', { value: '1,6', target: recordMarkers(['target']).target! });
    const parts = splitSentence(sentence, { target }, 'vi');
    expect(parts.find((p) => 'record' in p)).toEqual({ record: { text: '2% GDP vào năm 2030', lang: 'vi', fallback: false } });
  });

  it('names a marker with no record text', () => {
    expect(() => splitSentence('a \u0000target\u0000 b', {}, 'en')).toThrow('No record text named "target"');
  });
});
