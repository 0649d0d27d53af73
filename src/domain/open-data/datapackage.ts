/** A Frictionless Data Package descriptor for the CSV tables, from the same column definitions. */
import type { DatasetMeta } from '../schema/index.ts';
import { TABLES } from './tables.ts';

export function dataPackage(meta: DatasetMeta) {
  return {
    profile: 'tabular-data-package',
    name: 'cong-khai-57',
    title: meta.title.en ?? meta.title.vi,
    version: meta.asOf,
    created: `${meta.asOf}T00:00:00Z`,
    licenses: [{ name: meta.licence.id, path: meta.licence.url, title: meta.licence.name }],
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
        fields: table.columns.map((c) => ({ name: c.name, type: c.type, description: c.description })),
        primaryKey: table.primaryKey,
        ...(table.foreignKeys ? { foreignKeys: table.foreignKeys } : {}),
      },
    })),
  };
}
