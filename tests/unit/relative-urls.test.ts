import { describe, expect, it } from 'vitest';
import { dropModuleScripts, relativeUrl, rewriteCss, rewriteHtml } from '../../src/archive/relative-urls.ts';

describe('relativeUrl', () => {
  it.each([
    ['/vi/tasks/x/index.html', '/vi/', '../../index.html'],
    ['/vi/tasks/x/index.html', '/_astro/a.css', '../../../_astro/a.css'],
    ['/vi/tasks/x/index.html', '/vi/tasks/y/#event-1', '../y/index.html#event-1'],
    ['/index.html', '/vi/', 'vi/index.html'],
    ['/vi/index.html', '/vi/', 'index.html'],
    ['/vi/search/index.html', '/vi/search/?q=du+lieu', 'index.html?q=du+lieu'],
    ['/_astro/a.css', '/favicon.svg', '../favicon.svg'],
  ])('from %s, %s is %s', (from, target, expected) => {
    expect(relativeUrl(from, target)).toBe(expected);
  });
});

describe('rewriting', () => {
  it('rewrites site-absolute href, src and action, and leaves other URLs alone', () => {
    const html =
      '<a href="/vi/progress/">x</a><img src="/favicon.svg"><form action="/vi/search/"></form><a href="https://example.org/">y</a><link rel="canonical" href="http://localhost:4321/vi/">';
    expect(rewriteHtml(html, '/vi/tasks/x/index.html')).toBe(
      '<a href="../../progress/index.html">x</a><img src="../../../favicon.svg"><form action="../../search/index.html"></form><a href="https://example.org/">y</a><link rel="canonical" href="http://localhost:4321/vi/">',
    );
  });

  it('rewrites url() in stylesheets', () => {
    expect(rewriteCss('a{background:url(/img/a.svg)} b{background:url("/img/b.svg")}', '/_astro/x.css')).toBe(
      'a{background:url(../img/a.svg)} b{background:url("../img/b.svg")}',
    );
  });
});

describe('dropModuleScripts', () => {
  it('removes module scripts, which file:// pages cannot run, and keeps classic ones', () => {
    const html = '<main>x</main><script type="module" src="/_astro/a.js"></script><script src="/search-offline/search.js" defer></script>';
    expect(dropModuleScripts(html)).toBe('<main>x</main><script src="/search-offline/search.js" defer></script>');
  });
});
