/**
 * A record's citation in BibTeX, from what the "Cite this" box shows: its title, permanent address,
 * data date, record hash and the signed release it stands against. Dated by the data, never the
 * build clock, so the same data cites the same way.
 */
import type { RecordKind, RecordStanding } from './integrity/standing.ts';

export interface CitationInput {
  kind: RecordKind;
  id: string;
  title: string;
  /** The permanent address (absolute when the site's address is set). */
  url: string;
  asOf: string;
  hash: string;
  release: { date: string; standing: RecordStanding } | null;
  /** The locale of the title, as a BibTeX language field takes it (BCP 47). */
  language: string;
}

/** BibTeX's special characters, escaped so any title survives a .bib file. */
function bibEscape(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (c) => (c === '\\' ? '\\textbackslash{}' : c === '^' || c === '~' ? `\\${c}{}` : `\\${c}`));
}

const RELEASE_NOTE: Record<RecordStanding, string> = {
  'as-released': 'as in the signed release of',
  changed: 'changed since the signed release of',
  added: 'added after the signed release of',
};

const KIND_WORD: Record<RecordKind, string> = { tasks: 'task', agencies: 'responsible body', sources: 'source', indicators: 'indicator' };

/** A @misc entry; its key is stable (kind and id), so citing the same record twice gives one key. */
export function bibtex(c: CitationInput): string {
  const [year, month] = c.asOf.split('-');
  const release = c.release ? `; ${RELEASE_NOTE[c.release.standing]} ${c.release.date}` : '; no signed release yet';
  const fields: [string, string][] = [
    ['title', `{${bibEscape(c.title)}}`],
    ['author', '{Công khai 57}'],
    ['year', year!],
    ['month', String(Number(month))],
    ['date', c.asOf],
    ['url', c.url],
    ['langid', c.language],
    ['note', `${KIND_WORD[c.kind]} ${bibEscape(c.id)}; data as of ${c.asOf}${release}; SHA-256 ${c.hash}`],
  ];
  const key = `ck57-${c.kind}-${c.id}`.replace(/[^A-Za-z0-9_.:-]/g, '-');
  return `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')}\n}\n`;
}
