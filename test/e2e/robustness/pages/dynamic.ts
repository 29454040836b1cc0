/** Pages that keep changing after load: a fast live ticker, and an SPA that swaps its content. */
import { createRandom, topicParagraph, topicParagraphsHtml } from './prose';
import { renderPage } from './shell';

/** Milliseconds between ticker updates. */
export const TICK_MS = 10;
/**
 * How long the ticker runs, ms: the full 10 s. Each case runs twice (with the extension and in the
 * control browser), so this one case takes about 30 s of the suite's three minutes; 3 s would do if
 * the suite had to shrink.
 */
export const TICKER_RUN_MS = 10_000;

const HEADLINES = [
  'Breaking: North Korean troops reported near Kursk',
  'Markets: bread and fish prices steady',
  'Kim Jong Un meets Russian defence minister in Pyongyang',
  'Weather: light rain in the evening',
];

/** An article with a ticker that rewrites its text and adds items every 10 ms, then stops. */
export function tickerPage(seed = 4): string {
  const rand = createRandom(seed);
  const ticks = TICKER_RUN_MS / TICK_MS;
  const script = `
    var headlines = ${JSON.stringify(HEADLINES)};
    var line = document.getElementById('ticker-line'), list = document.getElementById('ticker-list');
    window.__ticks = 0;
    var timer = setInterval(function () {
      var n = ++window.__ticks;
      line.firstChild.data = headlines[n % headlines.length] + ' (' + n + ')';
      var item = document.createElement('li');
      item.textContent = headlines[(n * 7) % headlines.length] + ' #' + n;
      list.insertBefore(item, list.firstChild);
      if (list.childNodes.length > 20) list.removeChild(list.lastChild);
      if (n >= ${ticks}) { clearInterval(timer); window.__tickerDone = true; }
    }, ${TICK_MS});`;
  const last = `${HEADLINES[ticks % HEADLINES.length]} (${ticks})`;
  const checks = `return {
    ticks: window.__ticks === ${ticks},
    line: document.getElementById('ticker-line').textContent === ${JSON.stringify(last)},
    items: document.getElementById('ticker-list').children.length === 20,
  };`;
  return renderPage({
    body: `<div id="ticker"><p id="ticker-line">starting</p><ul id="ticker-list"></ul></div>
      <article id="story"><h1>North Korean troops in Russia</h1>${topicParagraphsHtml(rand, 8)}</article>`,
    script,
    checks,
    changesItself: true,
  });
}

/** Route changes the SPA makes. */
export const SPA_ROUTES = 100;
/** Milliseconds between route changes. */
const SPA_STEP_MS = 30;

/** An SPA that renders 100 articles in turn, each after `history.pushState`, then stops on the last. */
export function spaPage(seed = 5): string {
  const rand = createRandom(seed);
  const articles = Array.from({ length: 8 }, () => topicParagraph(rand, 4));
  const script = `
    var articles = ${JSON.stringify(articles)};
    var app = document.getElementById('app');
    function render(n) {
      app.textContent = '';
      var h = document.createElement('h1');
      h.textContent = 'Report ' + n + ': North Korean troops in Kursk';
      var p = document.createElement('p');
      p.id = 'route-' + n;
      p.textContent = articles[n % articles.length];
      app.appendChild(h);
      app.appendChild(p);
      document.title = 'Report ' + n + ': North Korean troops in Kursk';
    }
    window.__routes = 0;
    function step() {
      var n = ++window.__routes;
      history.pushState({ n: n }, '', '/spa/report-' + n);
      render(n);
      if (n < ${SPA_ROUTES}) setTimeout(step, ${SPA_STEP_MS}); else window.__spaDone = true;
    }
    render(0);
    addEventListener('load', function () { setTimeout(step, 200); });`;
  const checks = `return {
    routes: window.__routes === ${SPA_ROUTES},
    url: location.pathname === '/spa/report-${SPA_ROUTES}',
    content: document.getElementById('route-${SPA_ROUTES}') !== null && document.getElementById('app').children.length === 2,
    history: history.state !== null && history.state.n === ${SPA_ROUTES},
  };`;
  return renderPage({ body: '<main id="app"></main>', script, checks, changesItself: true });
}
