/**
 * The search page's answer to file://, where Pagefind cannot load: a classic script that does
 * nothing online, and offline loads this locale's index (a classic script too) and searches it.
 * The fold and ranking functions are the portal's own, serialised here, so online and offline
 * fold alike and rank by the same rules (src/domain/search/offline-rank.ts says how they differ).
 */
import type { APIRoute } from 'astro';
import { foldDiacritics } from '../../domain/search/fold.ts';
import { rankOffline } from '../../domain/search/offline-rank.ts';
import { DIACRITIC_SIMILARITY, META_WEIGHTS, TERM_SIMILARITY } from '../../domain/search/ranking.ts';

const runtime = `(function () {
  if (location.protocol !== 'file:') return;
  var fold = ${foldDiacritics.toString()};
  var rank = ${rankOffline.toString()};
  var root = document.querySelector('portal-search');
  if (!root) return;
  var src = root.getAttribute('data-offline-src');
  var base = src.slice(0, src.indexOf('search-offline/'));
  var form = root.querySelector('form');
  var input = root.querySelector('input[name="q"]');
  var status = root.querySelector('[data-status]');
  var list = root.querySelector('ol[data-results]');
  var more = root.querySelector('button[data-more]');
  var note = root.querySelector('[data-needs-js]');
  if (note) note.remove();
  var rules = new Intl.PluralRules(document.documentElement.lang);
  var lang = document.documentElement.lang;
  // Fifty at a time (the index is on disk, so more cost nothing to fetch), with an honest count.
  var PAGE = 50;
  var hits = [];
  var shown = 0;
  function counted(prefix, count) {
    var template = root.getAttribute('data-' + prefix + '-' + rules.select(count)) || root.getAttribute('data-' + prefix + '-other') || '{{count}}';
    return template.replace('{{count}}', count.toLocaleString(lang));
  }
  function append() {
    var first = null;
    hits.slice(shown, shown + PAGE).forEach(function (r) {
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
      first = first || a;
    });
    shown = Math.min(hits.length, shown + PAGE);
    status.textContent = !hits.length
      ? root.getAttribute('data-none')
      : shown < hits.length
        ? counted('showing', hits.length).replace('{{shown}}', shown.toLocaleString(lang))
        : counted('plural', hits.length);
    more.hidden = shown >= hits.length;
    if (!more.hidden) more.textContent = counted('more', Math.min(PAGE, hits.length - shown));
    return first;
  }
  function run() {
    if (!input.value.trim() || !window.CK57_OFFLINE_INDEX) return;
    hits = rank(window.CK57_OFFLINE_INDEX, input.value, fold, ${TERM_SIMILARITY}, ${DIACRITIC_SIMILARITY}, ${JSON.stringify(Object.keys(META_WEIGHTS))});
    shown = 0;
    list.textContent = '';
    append();
  }
  more.addEventListener('click', function () {
    var first = append();
    if (first) first.focus();
  });
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
