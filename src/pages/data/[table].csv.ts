/** Each open-data table as CSV at a stable path: /data/tasks.csv, /data/history.csv, … */
import type { APIRoute } from 'astro';
import { getDataset } from '../../data/dataset.ts';
import { toCsv } from '../../domain/csv.ts';
import { TABLES, tableRows } from '../../domain/open-data/tables.ts';

export function getStaticPaths() {
  return TABLES.map((table) => ({ params: { table: table.name }, props: { table } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { table } = props as { table: (typeof TABLES)[number] };
  return new Response(toCsv(tableRows(table, await getDataset())), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
