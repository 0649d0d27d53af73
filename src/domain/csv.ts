/**
 * CSV as spreadsheets expect it: RFC 4180 quoting (csv-stringify), CRLF line ends, and a UTF-8
 * byte-order mark so Excel shows Vietnamese correctly.
 */
import { stringify } from 'csv-stringify/sync';

export function toCsv(rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  return `\uFEFF${stringify(rows as (string | number | boolean | null)[][], { record_delimiter: '\r\n', cast: { boolean: (v) => (v ? 'true' : 'false') } })}`;
}
