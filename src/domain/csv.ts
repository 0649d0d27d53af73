/**
 * CSV as spreadsheets expect it: RFC 4180 quoting (csv-stringify), CRLF line ends, and a UTF-8
 * byte-order mark so Excel shows Vietnamese correctly.
 *
 * Whatever the data check let through, no cell can run in a spreadsheet: a text cell that starts
 * with =, +, -, @, a tab or a carriage return gets a leading apostrophe (OWASP's advice for CSV
 * injection), and every cell holding a line break of any kind is quoted, so a record stays one row.
 */
import { stringify } from 'csv-stringify/sync';

type Cell = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet would read as a formula, made inert. Numbers stay numbers. */
export function neutraliseCell(cell: Cell): Cell {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function toCsv(rows: readonly (readonly Cell[])[]): string {
  const safe = rows.map((row) => row.map(neutraliseCell));
  return `\uFEFF${stringify(safe, {
    record_delimiter: '\r\n',
    // csv-stringify quotes a field holding the record delimiter (CRLF), not a lone LF or CR.
    quoted_match: /[\r\n]/,
    cast: { boolean: (v) => (v ? 'true' : 'false') },
  })}`;
}
