/**
 * The search page's answer to file://, where Pagefind cannot load: a classic script that does
 * nothing online, and offline loads this locale's index (a classic script too) and searches it.
 * The fold function is the portal's own, serialised here, so online and offline fold alike.
 */
import type { APIRoute } from 'astro';
import { foldDiacritics } from '../../domain/search/fold.ts';

const runtime = `(function () {
  if (location.protocol !== 'file:') return;
  var fold = ${foldDiacritics.toString()};
  var root = document.querySelector('portal-search');
  if (!root) return;
  var src = root.getAttribute('data-offline-src');
  var base = src.slice(0, src.indexOf('search-offline/'));
  var form = root.querySelector('form');
  var input = root.querySelector('input[name="q"]');
  var status = root.querySelector('[data-status]');
  var list = root.querySelector('ol[data-results]');
  var note = root.querySelector('[data-needs-js]');
  if (note) note.remove();
  var rules = new Intl.PluralRules(document.documentElement.lang);
  function run() {
    var words = fold(input.value).split(/\\s+/).filter(Boolean);
    if (!words.length || !window.CK57_OFFLINE_INDEX) return;
    var hits = window.CK57_OFFLINE_INDEX.filter(function (r) {
      return words.every(function (w) { return r.x.indexOf(w) >= 0; });
    }).sort(function (a, b) {
      var ta = fold(a.t), tb = fold(b.t);
      var sa = words.filter(function (w) { return ta.indexOf(w) >= 0; }).length;
      var sb = words.filter(function (w) { return tb.indexOf(w) >= 0; }).length;
      return sb - sa;
    });
    var template = root.getAttribute('data-plural-' + rules.select(hits.length)) || root.getAttribute('data-plural-other') || '{{count}}';
    status.textContent = hits.length ? template.replace('{{count}}', hits.length.toLocaleString(document.documentElement.lang)) : root.getAttribute('data-none');
    list.textContent = '';
    hits.slice(0, 50).forEach(function (r) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = base + r.u.slice(1) + 'index.html';
      a.textContent = r.t;
      var kind = document.createElement('span');
      kind.className = 'muted';
      kind.textContent = ' — ' + r.k;
      li.appendChild(a);
      li.appendChild(kind);
      list.appendChild(li);
    });
  }
  var script = document.createElement('script');
  script.src = src;
  script.onload = function () {
    var query = new URLSearchParams(location.search).get('q');
    if (query) { input.value = query; run(); }
  };
  document.head.appendChild(script);
  form.addEventListener('submit', function (event) { event.preventDefault(); run(); });
})();
`;

export const GET: APIRoute = () => new Response(runtime, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
