/**
 * The one gate every build passes, whichever command started it (`npm run build`, `npx astro
 * build`, the shards): the data is checked (`npm run build` has done it already and shared the
 * result) and must keep everything the newest recorded release published. Either failure stops the
 * build before a page is written or a manifest signed.
 */
import type { AstroIntegration } from 'astro';
import { checkData } from '../cli/check-data.ts';
import { hasBuildDataset, buildDataset, shareBuildDataset } from '../data/load-dataset.ts';
import { releaseGuardProblems } from '../data/release-guard.ts';

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

export function checkBuildData(): AstroIntegration {
  return {
    name: 'cong-khai-57:data-check',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        const root = process.cwd();
        const data = hasBuildDataset() ? buildDataset() : checkData(root);
        if (data === null) throw refused('The data has problems (listed above); nothing was published.');
        shareBuildDataset(data);
        const problems = releaseGuardProblems(root, data);
        if (problems.length > 0) {
          for (const line of problems) console.error(line);
          throw refused(problems.join('\n'));
        }
      },
    },
  };
}
