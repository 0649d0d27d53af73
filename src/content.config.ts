/**
 * Astro's content collections. The JSON data is not one of them: `npm run build` reads and checks
 * content/ once (src/data/load-dataset.ts) and hands that one result to the pages and to every
 * after-build step, so no second copy is parsed, validated or hashed. The editors' JSON Schemas
 * come from the same data contract (src/cli/write-schemas.ts).
 */
export const collections = {};
