/**
 * Which data a build reads. The real data is content/ with its recorded releases in releases/.
 * CK57_CONTENT names another content folder (the frozen test fixture, the benchmark's generated
 * data) and CK57_RELEASES the releases that data must keep; generated data has none, so it never
 * mixes with the real record.
 */
export const contentDir: string = process.env['CK57_CONTENT'] ?? 'content';

/** The folder of recorded releases the data is checked against, or null when it has none. */
export const releasesDir: string | null = process.env['CK57_RELEASES'] ?? (process.env['CK57_CONTENT'] === undefined ? 'releases' : null);
