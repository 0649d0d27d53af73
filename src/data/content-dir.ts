/**
 * Which content folder a build reads: the real data in content/ unless CK57_CONTENT names another
 * (the benchmark's generated data, a test fixture). Generated data never mixes with the real.
 */
export const contentDir: string = process.env['CK57_CONTENT'] ?? 'content';
