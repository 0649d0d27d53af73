/** The open-data files read back with real parsers give the records of the JSON, and feeds parse. */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import FeedParser from 'feedparser';
import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { FIXTURE_CONTENT } from '../support/fixture.ts';
import { toCsv } from '../../src/domain/csv.ts';
import { atomFeed } from '../../src/domain/feeds/atom.ts';
import { foldLine, icsCalendar } from '../../src/domain/feeds/ics.ts';
import { eventEntries, upcomingDeadlines } from '../../src/feeds/task-feeds.ts';
import { dataPackage } from '../../src/domain/open-data/datapackage.ts';
import { TABLES, tableRows } from '../../src/domain/open-data/tables.ts';
import { useTranslations } from '../../src/i18n/i18n.ts';
import { CSV_WORDS } from '../../src/i18n/csv-words.ts';

const data = loadDataset(process.cwd(), FIXTURE_CONTENT);
const table = (name: string) => TABLES.find((t) => t.name === name)!;
const csvOf = (name: string) => toCsv(tableRows(table(name), data, CSV_WORDS));

describe('CSV tables', () => {
  it('start with a byte-order mark and use CRLF line ends', () => {
    const csv = csvOf('tasks');
    expect(csv.startsWith('\uFEFFid,title_vi,')).toBe(true);
    expect(csv.split('\r\n').length).toBe(32); // header + 30 tasks + final empty string
  });

  it('carry readable words beside the codes: the lead body’s name and the status in Vietnamese and English', () => {
    const rows = parse(csvOf('tasks'), { bom: true, columns: true }) as Record<string, string>[];
    const phase1 = rows.find((r) => r['id'] === 'x-2025-06-19-11-phase-1')!;
    expect([phase1['current_lead'], phase1['current_lead_name_vi'], phase1['current_lead_name_en']]).toEqual([
      'ministries-sectors-localities',
      'Các bộ, ngành, địa phương',
      'Ministries, sectors and localities',
    ]);
    expect([phase1['status'], phase1['status_label_vi'], phase1['status_label_en']]).toEqual([
      'past_deadline',
      'Quá hạn, chưa báo cáo hoàn thành',
      'Past deadline, no completion reported',
    ]);
    const header = csvOf('tasks').split('\r\n')[0]!;
    expect(header).toContain(',current_lead,current_lead_name_vi,current_lead_name_en,');
    expect(header).toContain(',status,status_label_vi,status_label_en,');
    const events = parse(csvOf('history'), { bom: true, columns: true }) as Record<string, string>[];
    const report = events.find((r) => r['task'] === 'x-2025-06-19-11-phase-1' && r['status'] === 'in_progress')!;
    expect([report['status_label_vi'], report['status_label_en']]).toEqual(['Đang thực hiện', 'In progress']);
    const sources = parse(csvOf('sources'), { bom: true, columns: true }) as Record<string, string>[];
    expect(sources.every((r) => (r['issuer'] === '') === (r['issuer_name_vi'] === ''))).toBe(true);
  });

  it('parse back with a real CSV parser into the JSON records (checked by hand for two tasks)', () => {
    const rows = parse(csvOf('tasks'), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(30);
    const phase1 = rows.find((r) => r['id'] === 'x-2025-06-19-11-phase-1')!;
    expect([phase1['status'], phase1['days_late'], phase1['current_deadline'], phase1['current_lead']]).toEqual([
      'past_deadline',
      '256',
      '2025-06-30',
      'ministries-sectors-localities',
    ]);
    expect([phase1['reported_status'], phase1['reported_on']]).toEqual(['in_progress', '2025-06-28']);
    const decrees = rows.find((r) => r['id'] === 's57-2025-10-15-08')!;
    expect(decrees['title_vi']).toBe(data.taskView('s57-2025-10-15-08')!.task.title.vi);
    // Due 2026-03-31, no report, data date 2026-03-13: not yet due, and no last report.
    expect([decrees['status'], decrees['reported_on']]).toEqual(['not_yet_due', '']);
  });

  it('keep commas, quotes and line breaks inside a field intact', () => {
    const csv = toCsv([
      ['a', 'b'],
      ['x, "quoted"\nline', 2],
    ]);
    expect(parse(csv, { bom: true })).toEqual([
      ['a', 'b'],
      ['x, "quoted"\nline', '2'],
    ]);
  });

  it('list the 6 history events of the data (04: 1, 08: 1, draft laws: 2, Plan 02 phase 1: 2) and 16 observations', () => {
    expect(parse(csvOf('history'), { bom: true, columns: true })).toHaveLength(6);
    expect(parse(csvOf('observations'), { bom: true, columns: true })).toHaveLength(16);
  });

  it('are each described, field by field, in the data package', () => {
    const descriptor = dataPackage(data.meta);
    for (const t of TABLES) {
      const resource = descriptor.resources.find((r) => r.name === t.name)!;
      const header = parse(csvOf(t.name), { bom: true, to_line: 1 })[0];
      expect(resource.schema.fields.map((f) => f.name)).toEqual(header);
    }
    expect(descriptor.licenses[0]!.name).toBe('CC-BY-4.0');
  });

  it('map the status codes published before the current vocabulary', () => {
    const descriptor = dataPackage(data.meta);
    expect(descriptor.statusCodeMapping.former['overdue']).toBe('past_deadline');
    expect(descriptor.statusCodeMapping.current).toContain('no_deadline_no_report');
    const status = descriptor.resources.find((r) => r.name === 'tasks')!.schema.fields.find((f) => f.name === 'status')!;
    expect(status).toMatchObject({ constraints: { enum: expect.arrayContaining(['past_deadline', 'not_yet_due']) } });
  });
});

function parseAtom(xml: string): Promise<{ meta: FeedParser.Meta; items: FeedParser.Item[] }> {
  return new Promise((resolve, reject) => {
    const parser = new FeedParser({});
    const items: FeedParser.Item[] = [];
    parser.on('error', reject);
    parser.on('readable', () => {
      let item: FeedParser.Item | null;
      while ((item = parser.read())) items.push(item);
    });
    parser.on('end', () => resolve({ meta: parser.meta, items }));
    Readable.from([xml]).pipe(parser);
  });
}

describe('feeds', () => {
  const t = useTranslations('en');
  const url = (id: string) => `https://portal.example/en/tasks/${id}/`;

  it('give an Atom feed of every event, newest first, that a real feed parser reads', async () => {
    const xml = atomFeed({
      id: 'tag:x,2025:en/events',
      title: 'All <events> & more',
      link: 'https://portal.example/en/',
      selfLink: 'https://portal.example/en/feeds/events.atom',
      fallbackUpdated: data.meta.asOf,
      lang: 'en',
      entries: eventEntries(data.taskViews, 'en', t, url),
    });
    const { meta, items } = await parseAtom(xml);
    expect(meta.title).toBe('All <events> & more');
    expect(items).toHaveLength(6);
    // The newest event in the data: Notice, 2025-09-30 (MoST's proposal); the oldest: 2025-06-14.
    expect(items[0]!.date?.toISOString().slice(0, 10)).toBe('2025-09-30');
    expect(items[items.length - 1]!.date?.toISOString().slice(0, 10)).toBe('2025-06-14');
    expect(items[0]!.link).toBe('https://portal.example/en/tasks/s57-2025-05-29-04/#event-2025-09-30-three-products-proposed');
  });

  it('give an iCalendar of the three deadlines after 13 March 2026 that node-ical reads', () => {
    const ics = icsCalendar('Deadlines', data.meta.asOf, upcomingDeadlines(data.taskViews, data.meta.asOf, 'en', t, url));
    const events = Object.values(ical.sync.parseICS(ics)).filter((e) => e?.type === 'VEVENT') as VEvent[];
    // Due 2026-03-31 and not finished: s57-2025-10-15-08, x-2025-12-18-13-innovation-center-decree, x-2026-02-25-14.
    expect(events.map((e) => e.uid).sort()).toEqual([
      's57-2025-10-15-08-deadline@congkhai57.portal',
      'x-2025-12-18-13-innovation-center-decree-deadline@congkhai57.portal',
      'x-2026-02-25-14-deadline@congkhai57.portal',
    ]);
    expect(events.every((e) => e.start.toISOString().startsWith('2026-03-3'))).toBe(true);
  });

  it('folds long calendar lines at 75 octets without splitting a character', () => {
    const folded = foldLine(`SUMMARY:${'Đảng ủy Chính phủ '.repeat(10)}`);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'Đảng ủy Chính phủ '.repeat(10)}`);
  });
});
