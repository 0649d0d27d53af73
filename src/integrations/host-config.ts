/**
 * Write the host configuration beside the built site: `_headers` (Netlify, Cloudflare Pages) and
 * `_nginx.conf` (an nginx server of one's own), both from src/domain/hosting/. Written last, so
 * they are in neither the release manifest nor the archive: they describe a host, not the data.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { headersFile, nginxSnippet } from '../domain/hosting/host-files.ts';

export function writeHostConfig(out: string, logger: AstroIntegrationLogger): void {
  const topLevel = readdirSync(out, { withFileTypes: true }).map((entry) => ({ name: entry.name, isFolder: entry.isDirectory() }));
  writeFileSync(join(out, '_headers'), headersFile(topLevel));
  writeFileSync(join(out, '_nginx.conf'), nginxSnippet());
  logger.info('wrote the host configuration: _headers and _nginx.conf');
}
