/** How each derived status looks: an icon (so colour is never the only cue) and a colour tone. */
import type { DerivedStatusCode } from '../domain/status.ts';

export const STATUS_LOOK: Record<DerivedStatusCode, { icon: string; tone: 'ok' | 'late' | 'bad' | 'info' | 'muted' }> = {
  completed_on_time: { icon: '✓', tone: 'ok' },
  completed: { icon: '✓', tone: 'ok' },
  completed_late: { icon: '✓!', tone: 'late' },
  in_progress: { icon: '▶', tone: 'info' },
  not_yet_due: { icon: '○', tone: 'info' },
  no_deadline: { icon: '∞', tone: 'info' },
  overdue: { icon: '!', tone: 'bad' },
  cancelled: { icon: '×', tone: 'muted' },
  unknown: { icon: '?', tone: 'muted' },
};
