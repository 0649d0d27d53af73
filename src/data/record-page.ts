/** Where a record of any kind is read, and its title: an assessment is read on the page of the task it assesses. */
import type { IndexedDataset } from '../domain/dataset.ts';
import type { ChangedCollection } from '../domain/integrity/changes.ts';
import { recordSection, type Section } from '../domain/routes.ts';
import type { LocalizedText } from '../domain/schema/index.ts';

export function recordPage(
  data: IndexedDataset,
  collection: ChangedCollection,
  id: string,
): { section: Section; id: string; title: LocalizedText | undefined } {
  switch (collection) {
    case 'tasks':
      return { section: recordSection('tasks'), id, title: data.taskView(id)?.task.title };
    case 'agencies':
      return { section: recordSection('agencies'), id, title: data.agency(id)?.name };
    case 'sources':
      return { section: recordSection('sources'), id, title: data.source(id)?.title };
    case 'indicators':
      return { section: recordSection('indicators'), id, title: data.indicators.find((i) => i.id === id)?.name };
    case 'assessments': {
      const task = data.assessments.find((a) => a.id === id)?.task ?? '';
      return { section: recordSection('tasks'), id: task, title: data.taskView(task)?.task.title };
    }
  }
}
