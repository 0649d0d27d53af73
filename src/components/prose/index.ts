/**
 * The components an editor may use in content/pages/**.mdx, passed to every page's <Content />.
 * The names are those of src/domain/prose/components.ts, which the data check holds pages to.
 */
import type { ProseComponentName } from '../../domain/prose/components.ts';
import TaskList from './TaskList.astro';
import StatusSummary from './StatusSummary.astro';
import IndicatorChart from './IndicatorChart.astro';
import Cite from './Cite.astro';
import DeadlineLedger from './DeadlineLedger.astro';
import StatusRules from './StatusRules.astro';
import DatasetFact from './DatasetFact.astro';
import ReporterRules from '../monitor/ReporterRules.astro';

export const proseComponents: Record<ProseComponentName, unknown> = {
  TaskList,
  StatusSummary,
  IndicatorChart,
  Cite,
  DeadlineLedger,
  StatusRules,
  DatasetFact,
  ReporterRules,
};
