/**
 * Each open-data table as CSV at a stable path (/data/tasks.csv, …) and at one carrying the data
 * date (/data/tasks-2026-12-01.csv), so a saved download keeps its date.
 */
import type { APIRoute } from 'astro';
import { getDataset } from '../../data/dataset.ts';
import { tableCsv } from '../../data/open-data-files.ts';
import { TABLES, datedCsvName } from '../../domain/open-data/tables.ts';

export async function getStaticPaths() {
  const { asOf } = (await getDataset()).meta;
  return TABLES.flatMap((table) => [
    { params: { table: table.name }, props: { name: table.name } },
    { params: { table: datedCsvName(table.name, asOf).replace(/\.csv$/, '') }, props: { name: table.name } },
  ]);
}

export const GET: APIRoute = async ({ props }) => {
  const { name } = props as { name: string };
  return new Response(await tableCsv(name), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
