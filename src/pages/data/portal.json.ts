/** The whole dataset as one JSON file: every record as published, and each task's derived status. */
import type { APIRoute } from 'astro';
import { getDataset } from '../../data/dataset.ts';

export const GET: APIRoute = async () => {
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
  return new Response(`${JSON.stringify(body)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
