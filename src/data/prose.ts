/**
 * The editorial pages (content/pages/<page>/<locale>.mdx) as the site routes read them: a page in
 * the reader's language, or in the language it falls back to (Vietnamese, then English, as record
 * texts do), or null when nobody has written it yet.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { CONTENT_FALLBACK, isLocaleCode, type LocaleCode } from '../i18n/locales.ts';

export type ProseEntry = CollectionEntry<'pages'>;

export interface ProsePage {
  entry: ProseEntry;
  /** The language the text is really in. */
  lang: LocaleCode;
  fallback: boolean;
}

let byPage: Promise<Map<string, Map<LocaleCode, ProseEntry>>> | undefined;

/** page folder → locale → entry, read once per build. */
function pages(): Promise<Map<string, Map<LocaleCode, ProseEntry>>> {
  byPage ??= getCollection('pages').then((entries) => {
    const map = new Map<string, Map<LocaleCode, ProseEntry>>();
    for (const entry of entries) {
      const cut = entry.id.lastIndexOf('/');
      const [folder, locale] = [entry.id.slice(0, cut), entry.id.slice(cut + 1)];
      if (!isLocaleCode(locale)) continue; // the data check refuses such a file before the build
      if (!map.has(folder)) map.set(folder, new Map());
      map.get(folder)!.set(locale, entry);
    }
    return map;
  });
  return byPage;
}

/** @example getProse('meetings/meeting-2025-10-15', 'fr') // the English text, marked as a fallback */
export async function getProse(page: string, locale: LocaleCode): Promise<ProsePage | null> {
  const versions = (await pages()).get(page);
  if (!versions) return null;
  const own = versions.get(locale);
  if (own) return { entry: own, lang: locale, fallback: false };
  const order = locale === 'vi' ? CONTENT_FALLBACK : [...CONTENT_FALLBACK].reverse();
  for (const lang of order) {
    const entry = versions.get(lang);
    if (entry) return { entry, lang, fallback: true };
  }
  return null;
}

/** The pages under a folder, e.g. "releases" → ["2026-03-13"], sorted. */
export async function proseFoldersUnder(section: string): Promise<string[]> {
  return [...(await pages()).keys()]
    .filter((folder) => folder.startsWith(`${section}/`))
    .map((folder) => folder.slice(section.length + 1))
    .sort();
}
