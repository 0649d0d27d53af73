/** The data contract: one schema per collection, shared by Astro and the standalone data check. */
export { agencySchema, AGENCY_KINDS, type Agency } from './agency.ts';
export { sourceSchema, SOURCE_KINDS, type Source } from './source.ts';
export {
  taskSchema,
  historyEvent,
  REPORTED_STATUSES,
  THEMES,
  type Task,
  type HistoryEvent,
  type StatusEvent,
  type ReportedStatus,
  type Theme,
} from './task.ts';
export { indicatorSchema, INDICATOR_UNITS, type Indicator, type IndicatorObservation, type IndicatorTarget } from './indicator.ts';
export { datasetSchema, type DatasetMeta } from './dataset.ts';
export { assessmentSchema, type Assessment } from './assessment.ts';
export { revision, revisionEvent, withdrawalEvent, FIELD_PATH, type Revision, type RevisionEvent } from './revision.ts';
export { REPORTERS, type Reporter } from './primitives.ts';
export { LOCALE_CODES, type LocaleCode, type LocalizedText, type Evidence } from './primitives.ts';
