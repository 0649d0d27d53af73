/** Every browser and built-site test, on the frozen fixture built by `npm run build:fixture`. */
import { FIXTURE_CONTENT, FIXTURE_RELEASES, FIXTURE_SITE } from './tests/support/fixture.ts';
import { portalTestConfig } from './tests/support/playwright-base.ts';

export default await portalTestConfig({
  dist: '.build/fixture-dist',
  content: FIXTURE_CONTENT,
  releases: FIXTURE_RELEASES,
  site: FIXTURE_SITE,
  variants: true,
});
