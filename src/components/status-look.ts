/** How each derived status looks: an icon (so colour is never the only cue) and its tone from the rule. */
import { STATUS_TONE_OF, type DerivedStatusCode, type StatusTone } from '../domain/status.ts';

const ICON: Record<DerivedStatusCode, string> = {
  past_deadline: '!',
  completed_on_time: '✓',
  completed_late: '✓',
  completed: '✓',
  in_progress: '▶',
  not_yet_due: '○',
  in_progress_no_deadline: '▶',
  no_deadline_no_report: '?',
  cancelled: '×',
};

export const STATUS_LOOK = Object.fromEntries(
  Object.entries(ICON).map(([code, icon]) => [code, { icon, tone: STATUS_TONE_OF[code as DerivedStatusCode] }]),
) as Record<DerivedStatusCode, { icon: string; tone: StatusTone }>;
