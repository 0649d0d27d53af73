/** The Frictionless Data Package that describes every CSV table and field. */
import type { APIRoute } from 'astro';
import { datapackageJson } from '../../data/open-data-files.ts';

export const GET: APIRoute = async () =>
  new Response(await datapackageJson(), { headers: { 'content-type': 'application/json; charset=utf-8' } });
