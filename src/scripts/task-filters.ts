/**
 * Filters the progress table by status, lead body, theme, who reported and deadline window. The form is hidden
 * until this runs, so a reader without JavaScript gets the full table and nothing that does not
 * work. Strings come from data-* attributes; the as-of date too, so windows use the data date.
 */
const form = document.querySelector<HTMLFormElement>('form.task-filters');
const table = document.querySelector<HTMLTableElement>('table.task-table');

function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

if (form && table) {
  const rows = [...(table.tBodies[0]?.rows ?? [])];
  const counter = form.querySelector<HTMLElement>('[data-counter]');
  const asOf = form.dataset['asOf'] ?? '';
  const template = form.dataset['showing'] ?? '{{shown}} / {{total}}';

  const inWindow = (row: HTMLTableRowElement, window: string): boolean => {
    const deadline = row.dataset['deadline'] ?? '';
    if (window === '') return true;
    if (window === 'none') return deadline === '';
    if (deadline === '') return false;
    const days = daysFrom(asOf, deadline);
    if (window === 'overdue') return row.dataset['status'] === 'overdue';
    if (window === 'past') return days < 0;
    if (window === 'next30') return days >= 0 && days <= 30;
    if (window === 'next90') return days >= 0 && days <= 90;
    return true;
  };

  const apply = () => {
    const data = new FormData(form);
    const status = String(data.get('status') ?? '');
    const lead = String(data.get('lead') ?? '');
    const theme = String(data.get('theme') ?? '');
    const window = String(data.get('window') ?? '');
    const reporter = String(data.get('reporter') ?? '');
    let shown = 0;
    for (const row of rows) {
      const visible =
        (status === '' || row.dataset['status'] === status) &&
        (lead === '' || row.dataset['lead'] === lead) &&
        (theme === '' || row.dataset['theme'] === theme) &&
        // Tasks with at least one status report by this kind of reporter.
        (reporter === '' || (row.dataset['reporters'] ?? '').split(' ').includes(reporter)) &&
        inWindow(row, window);
      row.hidden = !visible;
      if (visible) shown += 1;
    }
    if (counter) counter.textContent = template.replace('{{shown}}', String(shown)).replace('{{total}}', String(rows.length));
  };

  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('reset', () => setTimeout(apply, 0));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  apply();
}

// A module, so its top-level names stay its own.
export {};
