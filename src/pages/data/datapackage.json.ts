/** The Frictionless Data Package that describes every CSV table and field. */
import type { APIRoute } from 'astro';
import { getDataset } from '../../data/dataset.ts';
import { dataPackage } from '../../domain/open-data/datapackage.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(dataPackage((await getDataset()).meta), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
