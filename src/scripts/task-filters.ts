/**
 * Filters the progress table by status, lead body, theme, who reported and deadline window. The form is hidden
 * by CSS when scripting is off, so a reader without JavaScript gets the full table and nothing that
 * does not work; with scripting it is there from the first paint, so nothing shifts when this runs.
 * The filters live in the address (?status=…&lead=…), so a filtered view can be shared and the
 * back button steps through earlier filters. Strings come from data-* attributes; the as-of date
 * too, so windows use the data date.
 */
import { daysBetween } from '../domain/dates.ts';
const form = document.querySelector<HTMLFormElement>('form.task-filters');
const table = document.querySelector<HTMLTableElement>('table.task-table');

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
    const days = daysBetween(asOf, deadline);
    if (window === 'past_deadline') return row.dataset['status'] === 'past_deadline';
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

  const FIELDS = ['status', 'lead', 'theme', 'window'] as const;

  /** Set the form from the address; a value with no matching option is ignored. */
  const readAddress = () => {
    const params = new URLSearchParams(location.search);
    for (const name of FIELDS) {
      const select = form.elements.namedItem(name);
      if (!(select instanceof HTMLSelectElement)) continue;
      const wanted = params.get(name) ?? '';
      select.value = [...select.options].some((o) => o.value === wanted) ? wanted : '';
    }
  };

  /** Put the form's filters in the address, keeping any other parameter (such as the sort). */
  const writeAddress = () => {
    const params = new URLSearchParams(location.search);
    const data = new FormData(form);
    for (const name of FIELDS) {
      const value = String(data.get(name) ?? '');
      if (value === '') params.delete(name);
      else params.set(name, value);
    }
    const query = params.toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.pushState(null, '', url);
  };

  const changed = () => {
    apply();
    writeAddress();
  };
  form.addEventListener('change', changed);
  form.addEventListener('reset', () => setTimeout(changed, 0));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    changed();
  });
  window.addEventListener('popstate', () => {
    readAddress();
    apply();
  });
  readAddress();
  apply();
}

// A module, so its top-level names stay its own.
export {};
