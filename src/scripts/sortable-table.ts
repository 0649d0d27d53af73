/**
 * Makes every <table data-sortable> sortable by its column headers. Without JavaScript the table
 * is complete and in its built order; this only adds buttons. Cells may carry data-sort with the
 * value to sort by (ISO dates, numbers); otherwise their text is used. A table with
 * data-sort-param keeps its sort in the address (?sort=2-desc), so a sorted view can be shared and
 * the back button returns to the previous order (the built order when the parameter is gone).
 * The sort control just before the table (SortSelect.astro, for phones, where the headers are out
 * of sight) is shown and drives the same sort.
 */
function cellKey(row: HTMLTableRowElement, index: number): string {
  const cell = row.cells[index];
  return cell?.dataset['sort'] ?? cell?.textContent?.trim() ?? '';
}

function compare(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (a !== '' && b !== '' && !Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
  return a.localeCompare(b, document.documentElement.lang);
}

function enhance(table: HTMLTableElement): void {
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
  const body = table.tBodies[0];
  if (!body) return;
  const built = [...body.rows];
  const param = table.dataset['sortParam'];
  const control = table.closest('.table-wrap')?.previousElementSibling;
  const select = control?.classList.contains('sort-control') ? control.querySelector<HTMLSelectElement>('select[data-sort-select]') : null;

  const sortBy = (index: number, ascending: boolean) => {
    headers.forEach((h) => h.removeAttribute('aria-sort'));
    headers[index]?.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    const rows = [...body.rows].sort((a, b) => compare(cellKey(a, index), cellKey(b, index)) * (ascending ? 1 : -1));
    body.append(...rows);
    if (select) select.value = `${index}-${ascending ? 'asc' : 'desc'}`;
  };

  const builtOrder = () => {
    headers.forEach((h) => h.removeAttribute('aria-sort'));
    body.append(...built);
    if (select) select.value = '';
  };

  /** Keep a new sort in the address (none: the built order), so the back button undoes it. */
  const remember = (sort: string) => {
    if (!param) return;
    const params = new URLSearchParams(location.search);
    if (sort) params.set(param, sort);
    else params.delete(param);
    const query = params.toString();
    history.pushState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  };

  /** Sort as the address says; with no (valid) sort in it, back to the built order. */
  const readAddress = () => {
    if (!param) return;
    const match = /^(\d+)-(asc|desc)$/.exec(new URLSearchParams(location.search).get(param) ?? '');
    const index = match ? Number(match[1]) : -1;
    if (match && index < headers.length) sortBy(index, match[2] === 'asc');
    else builtOrder();
  };

  headers.forEach((header, index) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = header.textContent ?? '';
    button.title = table.dataset['sortLabel'] ?? '';
    header.textContent = '';
    header.append(button);
    button.addEventListener('click', () => {
      const ascending = header.getAttribute('aria-sort') !== 'ascending';
      sortBy(index, ascending);
      remember(`${index}-${ascending ? 'asc' : 'desc'}`);
    });
  });
  if (select) {
    control!.removeAttribute('hidden');
    select.addEventListener('change', () => {
      const match = /^(\d+)-(asc|desc)$/.exec(select.value);
      if (match) sortBy(Number(match[1]), match[2] === 'asc');
      else builtOrder();
      remember(select.value);
    });
  }
  if (param) {
    window.addEventListener('popstate', readAddress);
    readAddress();
  }
}

document.querySelectorAll<HTMLTableElement>('table[data-sortable]').forEach(enhance);

// A module, so its top-level names stay its own.
export {};
