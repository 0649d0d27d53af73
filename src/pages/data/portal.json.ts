/** The whole dataset as one JSON file: every record as published, and each task's derived status. */
import type { APIRoute } from 'astro';
import { portalJson } from '../../data/open-data-files.ts';

export const GET: APIRoute = async () =>
  new Response(await portalJson(), { headers: { 'content-type': 'application/json; charset=utf-8' } });
