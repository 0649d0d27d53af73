/**
 * The search step alone, for `npm run bench -- --tasks N --search-only`: the index of the locales
 * this process builds (the benchmark sets CK57_SHARD to Vietnamese alone) written again into an
 * already built site, with the current code, its earlier parts removed first. Run with CK57_CONTENT
 * naming the data that site was built from.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { indexSite } from '../../integrations/search.ts';
import { contentDir } from '../../data/content-dir.ts';
import { loadDataset } from '../../data/load-dataset.ts';
import { builtLocales } from '../../i18n/built-locales.ts';
import { SEARCH_INDEX } from '../../domain/archive/names.ts';

const site = process.argv[2];
if (!site) throw new Error('reindex-search: expected the folder of a built site; found none');
const codes = new Set<string>(builtLocales().map((locale) => locale.code));
for (const folder of readdirSync(join(site, SEARCH_INDEX)))
  if (codes.has(folder.replace(/-\d+$/, ''))) rmSync(join(site, SEARCH_INDEX, folder), { recursive: true });
const say = (message: string) => console.log(message);
const logger = { info: say, warn: say, error: say, debug: () => undefined } as unknown as AstroIntegrationLogger;
await indexSite(loadDataset(process.cwd(), contentDir), site, logger);
