/** How a revised field and its value are named for readers: labels and kinds worked out by hand. */
import { describe, expect, it } from 'vitest';
import { revisionValueKind } from '../../src/domain/revisions.ts';
import { useTranslations } from '../../src/i18n/i18n.ts';
import { revisionFieldLabel } from '../../src/i18n/revision-field.ts';

describe('a revised field, as readers read it', () => {
  it('names fields by their label, a list position from 1, and a language by its name', () => {
    const en = useTranslations('en');
    expect(revisionFieldLabel('observations[1].note', 'en', en)).toBe('Published figures\u00a0(2) › Note');
    expect(revisionFieldLabel('description.id', 'en', en)).toBe('Description › Indonesian');
    expect(revisionFieldLabel('lead', 'vi', useTranslations('vi'))).toBe('Cơ quan chủ trì');
  });

  it('leaves a field with no label as written, rather than inventing one', () => {
    expect(revisionFieldLabel('theme', 'en', useTranslations('en'))).toBe('theme');
  });

  it('knows which values are bodies, sources or a language, so they show by name', () => {
    expect(revisionValueKind('jointLeads')).toBe('bodies');
    expect(revisionValueKind('lead')).toBe('bodies');
    expect(revisionValueKind('citedIn')).toBe('sources');
    expect(revisionValueKind('language')).toBe('language');
    expect(revisionValueKind('observations[0].note')).toBe('plain');
  });
});
