/** Where a record of any kind is read, and its title: an assessment is read on the page of the task it assesses. */
import type { IndexedDataset } from '../domain/dataset.ts';
import type { ChangedCollection } from '../domain/integrity/changes.ts';
import type { LocalizedText } from '../domain/schema/index.ts';

export function recordPage(
  data: IndexedDataset,
  collection: ChangedCollection,
  id: string,
): { segments: string[]; title: LocalizedText | undefined } {
  switch (collection) {
    case 'tasks':
      return { segments: ['tasks', id], title: data.taskView(id)?.task.title };
    case 'agencies':
      return { segments: ['bodies', id], title: data.agency(id)?.name };
    case 'sources':
      return { segments: ['sources', id], title: data.source(id)?.title };
    case 'indicators':
      return { segments: ['indicators', id], title: data.indicators.find((i) => i.id === id)?.name };
    case 'assessments': {
      const task = data.assessments.find((a) => a.id === id)?.task ?? '';
      return { segments: ['tasks', task], title: data.taskView(task)?.task.title };
    }
  }
}
