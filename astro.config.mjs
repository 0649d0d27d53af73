// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { LOCALE_CODES, DEFAULT_LOCALE } from './src/i18n/locales.ts';
import { portalIntegrations } from './src/integrations/index.ts';
import { siteFromEnv } from './src/site-url.ts';

// Where the site is published: the one setting, SITE_URL (README › Site address). Unset, pages
// link with relative addresses and the build log says so; a local address is refused.
const site = siteFromEnv(process.env.SITE_URL);

export default defineConfig({
  ...(site ? { site } : {}),
  outDir: process.env.CK57_OUT_DIR ?? './dist',
  // Separate caches let builds of different data (tests, benchmarks) run side by side.
  cacheDir: process.env.CK57_DIST ? `${process.env.CK57_DIST}.cache` : './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: [...LOCALE_CODES],
    defaultLocale: DEFAULT_LOCALE,
    // Every URL carries its locale (/vi/…, /en/…); the root page offers all seven itself.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Editorial pages (content/pages/**.mdx). No syntax highlighting: it writes inline styles, which
  // the Content Security Policy forbids, and code in the editors' guide reads fine as plain text.
  integrations: [mdx({ syntaxHighlight: false }), ...portalIntegrations()],
  // Never inline scripts or styles: the Content Security Policy allows only files from this site.
  vite: {
    build: {
      assetsInlineLimit: 0,
      // One stylesheet for the whole site (about 7 kB gzipped), fetched once and cached for every
      // page, instead of up to 8 small render-blocking ones per page, each its own request.
      cssCodeSplit: false,
      rollupOptions: {
        // Astro marks every MDX module with a "use astro:head-inject" directive that the bundler
        // warns it may drop; it is Astro's own marker, harmless here, and one warning per page
        // would bury the messages an editor needs to read.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
  prefetch: false,
});
