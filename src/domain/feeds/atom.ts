/**
 * Atom 1.0 (RFC 4287). Entry ids are tag: URIs built from record ids, and every date comes from
 * the data, never the clock, so a feed reader sees the same entry as the same entry forever.
 */
import { escapeXml } from '../xml.ts';

export interface AtomEntry {
  id: string;
  title: string;
  /** ISO date of the event. */
  updated: string;
  link: string;
  summary: string;
  lang: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  link: string;
  selfLink: string;
  /** Used when there is no entry: the data date. */
  fallbackUpdated: string;
  lang: string;
  entries: AtomEntry[];
}

const timestamp = (date: string) => `${date}T00:00:00Z`;

/** Entries newest first; ties keep their given order. */
export function atomFeed(feed: AtomFeed): string {
  const entries = feed.entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.updated === b.e.updated ? a.i - b.i : a.e.updated < b.e.updated ? 1 : -1))
    .map(({ e }) => e);
  const updated = entries[0]?.updated ?? feed.fallbackUpdated;
  const body = entries
    .map(
      (e) =>
        `  <entry xml:lang="${escapeXml(e.lang)}">\n    <id>${escapeXml(e.id)}</id>\n    <title>${escapeXml(e.title)}</title>\n    <updated>${timestamp(e.updated)}</updated>\n    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>\n    <summary>${escapeXml(e.summary)}</summary>\n  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">\n  <id>${escapeXml(feed.id)}</id>\n  <title>${escapeXml(feed.title)}</title>\n  <updated>${timestamp(updated)}</updated>\n  <author><name>Công khai 57</name></author>\n  <link rel="alternate" type="text/html" href="${escapeXml(feed.link)}"/>\n  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfLink)}"/>\n${body}${body ? '\n' : ''}</feed>\n`;
}
