/**
 * The components an editor may put in an editorial page, and what each prop must name. The data
 * check reads this list to refuse an unknown component or a broken reference with file and line;
 * src/components/prose/index.ts maps the same names to the Astro components that render them.
 */
import { THEMES } from '../schema/index.ts';
import { DERIVED_STATUSES } from '../status.ts';

/** What a prop's value must be: the id of a record of that kind, or one of a fixed list of codes. */
export type PropTarget = 'source' | 'meeting' | 'agency' | 'task' | 'indicator' | 'theme' | 'status' | 'fact';

/** The filters a task list or status summary accepts; every one is optional. */
const TASK_FILTER = { meeting: 'meeting', source: 'source', body: 'agency', theme: 'theme', status: 'status' } as const;

export const PROSE_COMPONENTS = {
  /** The tasks of a meeting, body, theme or status, live from the data. */
  TaskList: { props: TASK_FILTER, required: [] },
  /** How many of those tasks stand at each status. */
  StatusSummary: { props: TASK_FILTER, required: [] },
  /** A target's chart with the table of its values. */
  IndicatorChart: { props: { indicator: 'indicator' }, required: ['indicator'] },
  /** A source named and linked: title, outlet, date. */
  Cite: { props: { source: 'source' }, required: ['source'] },
  /** One task's deadlines: the first, every change, who decided and why. */
  DeadlineLedger: { props: { task: 'task' }, required: ['task'] },
  /** The status rule as the code applies it, one row per status. */
  StatusRules: { props: {}, required: [] },
  /** Who reported it: the reporter rule's table (issuer × relation to the lead body → kind) and what each kind means. */
  ReporterRules: { props: {}, required: [] },
  /** A setting of content/dataset.json in the reader's format, so prose never repeats it by hand. */
  DatasetFact: { props: { fact: 'fact' }, required: ['fact'] },
} as const satisfies Record<string, { props: Record<string, PropTarget>; required: readonly string[] }>;

export type ProseComponentName = keyof typeof PROSE_COMPONENTS;

/** The dataset settings <DatasetFact> can show. */
export const DATASET_FACTS = ['as-of', 'stale-after-days', 'licence'] as const;
export type DatasetFactName = (typeof DATASET_FACTS)[number];

/** The codes a prop of a fixed vocabulary accepts. */
export const PROP_CODES: Record<'theme' | 'status' | 'fact', readonly string[]> = {
  theme: THEMES,
  status: DERIVED_STATUSES,
  fact: DATASET_FACTS,
};
