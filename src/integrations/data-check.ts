/**
 * The one gate every build passes, whichever command started it (`npm run build`, `npx astro
 * build`, the shards, `npm run build:merge`): the data is checked and must keep everything the
 * newest recorded release published. Either failure stops the build before a page is written or a
 * manifest signed. The checked data becomes the build's context (src/data/build-context.ts), which
 * this integration hands to the pages (a virtual module) and to the after-build steps (`context()`).
 * Under `astro dev` it checks again after every edit of the content folder.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkedData, passedLine } from '../cli/check-data.ts';
import { createBuildContext, type BuildContext } from '../data/build-context.ts';
import { buildSettings, type BuildSettings } from '../data/build-settings.ts';
import { releaseGuardProblems } from '../data/release-guard.ts';
import { hasFeedbackChannel } from '../domain/feedback.ts';
import { buildContextPlugin } from './build-context-plugin.ts';

/**
 * The build's refusal, its reasons already printed one a line; marked so `npm run build` says it
 * failed without a stack trace (a property, since Astro loads this module apart from the command's).
 */
function refused(message: string): Error {
  return Object.assign(new Error(message), { refusedData: true });
}

/** Whether an error is the data check's refusal (its reasons are printed already). */
export const isDataRefusal = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { refusedData?: unknown }).refusedData === true;

/** Readers can still copy a report without an address, so this warns and does not stop the build. */
function warnWithoutFeedbackChannel({ contentDir }: BuildSettings, { dataset }: BuildContext): void {
  if (hasFeedbackChannel(dataset.meta.feedback)) return;
  console.warn(
    `Warning: ${contentDir}/dataset.json › feedback: no "email" or "formUrl" is set, so "Report a problem" can only offer text to copy and say who publishes the portal.`,
  );
}

/** The data checked and kept to its releases, or why not, one a line (nothing printed). */
export function dataForBuild(settings: BuildSettings): { context: BuildContext; problems: [] } | { context: null; problems: string[] } {
  const { dataset, problems } = checkedData(settings.root);
  if (dataset === null) return { context: null, problems };
  const guard = releaseGuardProblems(settings, dataset);
  if (guard.length > 0) return { context: null, problems: guard };
  return { context: createBuildContext(settings, dataset), problems: [] };
}

/** The context of a build: the data checked, kept to its releases, every problem printed; throws the refusal otherwise. */
export function checkBuild(settings: BuildSettings): BuildContext {
  const { context, problems } = dataForBuild(settings);
  if (context === null) {
    for (const line of problems) console.error(line);
    throw refused('The data has problems (listed above); nothing was published.');
  }
  console.log(passedLine(context.dataset));
  warnWithoutFeedbackChannel(settings, context);
  return context;
}

export interface DataCheckIntegration extends AstroIntegration {
  /** The build's context, once `astro:config:setup` has checked the data. */
  context(): BuildContext;
}

export function checkBuildData(): DataCheckIntegration {
  let context: BuildContext | undefined;
  return {
    name: 'cong-khai-57:data-check',
    context: () => {
      if (context === undefined)
        throw new Error('No build context yet: it is made when a build checks the data (astro:config:setup of `astro build`).');
      return context;
    },
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const settings = buildSettings(fileURLToPath(config.root));
        // Pages read the context from a file of the cache folder, one per command, so a dev server
        // and a build of the same project never read each other's (separate builds have separate caches).
        const snapshotFile = join(fileURLToPath(config.cacheDir), `ck57-build-context.${command}.json`);
        if (command === 'build') context = checkBuild(settings);
        const check = () => dataForBuild(settings);
        updateConfig({
          vite: { plugins: [buildContextPlugin({ settings, snapshotFile, context, check: command === 'dev' ? check : null })] },
        });
      },
    },
  };
}
