/** Shows only the changes on or after a chosen date; the full list is there without JavaScript. */
const form = document.querySelector<HTMLFormElement>('form.changes-since');
const rows = [...document.querySelectorAll<HTMLTableRowElement>('table.changes tbody tr')];
if (form) {
  const input = form.querySelector<HTMLInputElement>('input[type="date"]')!;
  const counter = form.querySelector<HTMLElement>('[data-counter]')!;
  const template = form.dataset['showing'] ?? '{{shown}} / {{total}}';
  const apply = () => {
    let shown = 0;
    for (const row of rows) {
      row.hidden = input.value !== '' && (row.dataset['date'] ?? '') < input.value;
      if (!row.hidden) shown += 1;
    }
    counter.textContent = template.replace('{{shown}}', String(shown)).replace('{{total}}', String(rows.length));
  };
  form.hidden = false;
  input.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  apply();
}

// A module, so its top-level names stay its own.
export {};
