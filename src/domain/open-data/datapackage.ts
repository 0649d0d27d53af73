/** A Frictionless Data Package descriptor for the CSV tables, from the same column definitions. */
import type { DatasetMeta } from '../schema/index.ts';
import { DERIVED_STATUSES, FORMER_CODES } from '../status.ts';
import { TABLES } from './tables.ts';

export function dataPackage(meta: DatasetMeta) {
  return {
    profile: 'tabular-data-package',
    name: 'cong-khai-57',
    title: meta.title.en ?? meta.title.vi,
    version: meta.asOf,
    created: `${meta.asOf}T00:00:00Z`,
    licenses: [{ name: meta.licence.id, path: meta.licence.url, title: meta.licence.name }],
    // Readers of earlier files: what each status code published before the current vocabulary became.
    statusCodeMapping: {
      note: 'tasks.status uses the codes below. Codes published before them map as listed in "former"; "overdue" and "unknown" were verdicts the record could not carry.',
      current: DERIVED_STATUSES,
      former: FORMER_CODES,
    },
    resources: TABLES.map((table) => ({
      name: table.name,
      path: `${table.name}.csv`,
      profile: 'tabular-data-resource',
      title: table.title,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8-sig',
      dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
      schema: {
        fields: table.columns.map((c) => ({
          name: c.name,
          type: c.type,
          description: c.description,
          ...(table.name === 'tasks' && c.name === 'status' ? { constraints: { enum: DERIVED_STATUSES } } : {}),
        })),
        primaryKey: table.primaryKey,
        ...(table.foreignKeys ? { foreignKeys: table.foreignKeys } : {}),
      },
    })),
  };
}
