/**
 * The whole-dataset files (CSV tables, portal.json, datapackage.json) as text, made once per build
 * and shared by the endpoints that write them and the pages that give their sizes, so a size shown
 * is the size of the file written.
 */
import { getDataset } from './dataset.ts';
import { toCsv } from '../domain/csv.ts';
import { dataPackage } from '../domain/open-data/datapackage.ts';
import { TABLES, tableRows } from '../domain/open-data/tables.ts';
import { CSV_WORDS } from '../i18n/csv-words.ts';

const made = new Map<string, Promise<string>>();
const once = (key: string, make: () => Promise<string>) => {
  if (!made.has(key)) made.set(key, make());
  return made.get(key)!;
};

export function tableCsv(name: string): Promise<string> {
  const table = TABLES.find((t) => t.name === name);
  if (!table) throw new Error(`No open-data table "${name}".`);
  return once(`csv:${name}`, async () => toCsv(tableRows(table, await getDataset(), CSV_WORDS)));
}

export function portalJson(): Promise<string> {
  return once('portal.json', async () => {
    const data = await getDataset();
    const body = {
      meta: data.meta,
      agencies: data.agencies,
      sources: data.sources,
      indicators: data.indicators,
      tasks: data.taskViews.map((v) => ({
        ...v.task,
        derived: {
          status: v.status,
          currentDeadline: v.timeline.currentDeadline,
          currentLead: v.timeline.currentLead,
          lastUpdate: v.timeline.lastUpdate,
        },
      })),
    };
    return `${JSON.stringify(body)}\n`;
  });
}

export function datapackageJson(): Promise<string> {
  return once('datapackage.json', async () => `${JSON.stringify(dataPackage((await getDataset()).meta), null, 2)}\n`);
}

/** A text's size in bytes as written (UTF-8). */
export const bytesOf = (text: string): number => Buffer.byteLength(text, 'utf8');
