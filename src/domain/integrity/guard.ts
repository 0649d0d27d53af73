/**
 * The append-only guard, as the build and `npm run verify` run it against one recorded release:
 * the data may not go back before the release, and may not change or drop anything it published.
 * Each line names the file, the field, the published value and the new one, and what to add instead.
 */
import { rawRecords, type Dataset } from '../dataset.ts';
import { describeValue } from '../validate/problem.ts';
import type { Manifest } from './manifest.ts';
import { rewritesOf, type PublishedRecords, type Rewrite } from './published.ts';
import { unprovenRecords } from './snapshot.ts';
import { verifyHistory } from './verify.ts';

export interface ReleaseToKeep {
  /** Where the manifest is, for messages. */
  path: string;
  manifest: Manifest;
  /** The release's records as published, with where they are; null when only hashes were kept. */
  records: { path: string; value: PublishedRecords } | null;
}

function fileOf(contentDir: string, r: Rewrite): string {
  return r.collection === 'dataset' ? `${contentDir}/dataset.json` : `${contentDir}/${r.collection}/${r.id}.json`;
}

export function formatRewrite(contentDir: string, date: string, r: Rewrite): string {
  const where = r.field ? `${fileOf(contentDir, r)} › ${r.field}` : fileOf(contentDir, r);
  const published = r.field ? describeValue(r.published) : 'the record';
  const found = r.found === undefined ? 'nothing (it was removed)' : describeValue(r.found);
  return `${where}: published ${published} in the release of ${date}; found ${found}. A published value never changes: ${r.instead}.`;
}

/** Every way the data breaks the release, one line each; empty when it keeps everything. */
export function guardRelease(release: ReleaseToKeep, indexed: Dataset, contentDir: string): string[] {
  const data = rawRecords(indexed);
  const { dataDate } = release.manifest;
  const lines: string[] = [];
  if (data.meta.asOf < dataDate) {
    lines.push(
      `${contentDir}/dataset.json › asOf: expected a date on or after ${dataDate}, the date of the newest recorded release (${release.path}); found ${describeValue(data.meta.asOf)}`,
    );
  }
  if (release.records === null) {
    // Only hashes: a removed record or an edited event can be named, an edited field only by its record.
    for (const b of verifyHistory(release.manifest, data)) lines.push(b.message);
    const kinds = ['agencies', 'sources', 'indicators'] as const;
    for (const kind of kinds) {
      const ids = new Set(data[kind].map((r) => r.id));
      for (const id of Object.keys(release.manifest.records[kind])) {
        if (!ids.has(id))
          lines.push(
            `${contentDir}/${kind}/${id}.json: published in the release of ${dataDate}; found nothing (it was removed). Nothing published is deleted: keep the record and add a "withdrawal" to its revisions.`,
          );
      }
    }
    return lines;
  }
  const unproven = unprovenRecords(release.records.value, release.manifest);
  if (unproven.length > 0)
    return [...lines, ...unproven.map((p) => `${release.records!.path}: not the records ${release.path} published: ${p}`)];
  for (const r of rewritesOf(release.records.value, data)) lines.push(formatRewrite(contentDir, dataDate, r));
  return lines;
}
