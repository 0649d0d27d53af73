/**
 * Makes every <table data-sortable> sortable by its column headers. Without JavaScript the table
 * is complete and in its built order; this only adds buttons. Cells may carry data-sort with the
 * value to sort by (ISO dates, numbers); otherwise their text is used.
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
  const headers = [...table.tHead?.rows[0]?.cells ?? []];
  const body = table.tBodies[0];
  if (!body) return;
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
      headers.forEach((h) => h.removeAttribute('aria-sort'));
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const rows = [...body.rows].sort((a, b) => compare(cellKey(a, index), cellKey(b, index)) * (ascending ? 1 : -1));
      body.append(...rows);
    });
  });
}

document.querySelectorAll<HTMLTableElement>('table[data-sortable]').forEach(enhance);

// A module, so its top-level names stay its own.
export {};
