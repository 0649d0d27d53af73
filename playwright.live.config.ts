/**
 * What must hold on the live content/ whatever the data says (`npm run build` first): every page
 * type in every locale, links resolve, HTML validates, page-weight budgets and axe pass.
 */
import { portalTestConfig } from './tests/support/playwright-base.ts';

export default await portalTestConfig({
  dist: 'dist',
  testMatch: [
    'i18n.spec.ts',
    'links.spec.ts',
    'corrections-visible.spec.ts',
    'html-valid.spec.ts',
    'size-budget.spec.ts',
    'a11y.spec.ts',
    'no-localhost.spec.ts',
    'signed-releases.spec.ts',
  ],
});
