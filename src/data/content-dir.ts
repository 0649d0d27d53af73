/**
 * Which data a build reads: content/ with its recorded releases in releases/, unless the
 * environment names others (src/data/build-settings.ts), for the tools that run outside a build.
 */
import { buildSettings } from './build-settings.ts';

const settings = buildSettings();

export const contentDir: string = settings.contentDir;

/** The folder of recorded releases the data is checked against, or null when it has none. */
export const releasesDir: string | null = settings.releasesDir;
