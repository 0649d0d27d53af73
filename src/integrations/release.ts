/**
 * What is made once for the whole site, after its pages and per-record files, as named steps:
 * `archive-pack` (the offline archive's packer reads and packs the site's files, on the second core)
 * beside `search-index`; then `search-hash` (the index's hashes, the one folder the packer does not
 * read); then `manifest` (from the packer's hashes and the index's); then `archive-close` (the
 * packer adds release/ and closes the zip); last `host-config`. Run by the build's after-build hook,
 * or by `npm run build:merge` once the shards' folders are joined (their indexes already written).
 */
import type { AstroIntegrationLogger } from 'astro';
import type { BuildContext } from '../data/build-context.ts';
import { SEARCH_INDEX } from '../domain/archive/names.ts';
import { startPacker } from './archive.ts';
import { writeHostConfig } from './host-config.ts';
import { hashFolder, writeManifest } from './manifest.ts';
import type { StepRunner } from './steps.ts';

export async function publishRelease(
  context: BuildContext,
  out: string,
  logger: AstroIntegrationLogger,
  steps: StepRunner,
  indexSearch: (() => Promise<void>) | null,
): Promise<void> {
  const packer = startPacker(out, context.dataset.meta.asOf, logger.fork('cong-khai-57:archive'));
  try {
    const packed = steps.run('archive-pack', () => packer.published);
    // Awaited below; marked handled now so a packer failing during indexing fails the build
    // through the normal path, not as an unhandled rejection.
    packed.catch(() => undefined);
    if (indexSearch !== null) await steps.run('search-index', indexSearch);
    const searchIndex = await steps.run('search-hash', () => hashFolder(out, SEARCH_INDEX));
    const { files, archived } = await packed;
    await steps.run('manifest', () =>
      writeManifest(context, out, { ...files, ...searchIndex }, archived, logger.fork('cong-khai-57:manifest')),
    );
    await steps.run('archive-close', () => packer.finish());
    await steps.run('host-config', () => writeHostConfig(out, logger.fork('cong-khai-57:hosting')));
  } catch (error) {
    await packer.stop();
    throw error;
  }
}
