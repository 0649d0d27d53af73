/**
 * What is made once for the whole site, after its pages and per-record files: the offline archive
 * (packed beside the search indexing, on the second core), the release manifest from the packer's
 * hashes and the index's, then the host configuration. Run by the build's after-build hook, or by
 * `npm run build:merge` once the shards' folders are joined (their indexes already written).
 */
import type { AstroIntegrationLogger } from 'astro';
import type { BuildContext } from '../data/build-context.ts';
import { SEARCH_INDEX } from '../domain/archive/names.ts';
import { startPacker } from './archive.ts';
import { writeHostConfig } from './host-config.ts';
import { hashFolder, writeManifest } from './manifest.ts';

export async function publishRelease(
  context: BuildContext,
  out: string,
  logger: AstroIntegrationLogger,
  indexSearch: () => Promise<void>,
): Promise<void> {
  const packer = startPacker(out, context.dataset.meta.asOf, logger.fork('cong-khai-57:archive'));
  try {
    await indexSearch();
    const manifestLogger = logger.fork('cong-khai-57:manifest');
    // The benchmark times each phase from these start lines.
    manifestLogger.info('hashing the search index and writing the manifest…');
    const searchIndex = hashFolder(out, SEARCH_INDEX);
    const { files, archived } = await packer.published;
    writeManifest(context, out, { ...files, ...searchIndex }, archived, manifestLogger);
    await packer.finish();
    writeHostConfig(out, logger.fork('cong-khai-57:hosting'));
  } catch (error) {
    await packer.stop();
    throw error;
  }
}
