/**
 * Each task's record as JSON, at a stable path: the data as published plus what the portal
 * derived from it at the data date, so a reader can check one against the other.
 */
import type { APIRoute } from 'astro';
import { getDataset } from '../../../data/dataset.ts';
import type { TaskView } from '../../../domain/dataset.ts';

export async function getStaticPaths() {
  const data = await getDataset();
  return data.taskViews.map((view) => ({ params: { id: view.task.id }, props: { view } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { view } = props as { view: TaskView };
  const { meta } = await getDataset();
  const record = {
    asOf: meta.asOf,
    licence: meta.licence.id,
    task: view.task,
    derived: {
      status: view.status,
      currentDeadline: view.timeline.currentDeadline,
      currentLead: view.timeline.currentLead,
      lastUpdate: view.timeline.lastUpdate,
      daysSinceUpdate: view.daysSinceUpdate,
      stale: view.stale,
    },
  };
  return new Response(`${JSON.stringify(record, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
