/**
 * The frozen dataset every figure-checking test reads: the bundled data as released on 2026-03-13,
 * with its recorded release. Editors change content/; this never changes, so answers counted by
 * hand from it stay right.
 */
export const FIXTURE = 'tests/fixtures/dataset-2026-03-13';
export const FIXTURE_CONTENT = `${FIXTURE}/content`;
export const FIXTURE_RELEASES = `${FIXTURE}/releases`;
/** The address the fixture is built for (SITE_URL in `npm run build:fixture`): absolute links need one. */
export const FIXTURE_SITE = 'https://congkhai57.example';
