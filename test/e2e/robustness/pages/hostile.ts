/** Pages that interfere: they remove the extension's UI, rewrite themselves, or patch builtins. */
import { createRandom, topicParagraph, topicParagraphsHtml } from './prose';
import { renderPage } from './shell';

/** An article that removes `news-context-ui` from the document whenever it appears, and counts removals. */
export function uiRemovalPage(seed = 13): string {
  const rand = createRandom(seed);
  const script = `
    window.__removedUi = 0;
    new MutationObserver(function () {
      var host = document.querySelector('news-context-ui');
      if (host) { host.remove(); window.__removedUi++; }
    }).observe(document.documentElement, { childList: true });`;
  return renderPage({
    body: `<article id="story"><h1>North Korean troops in Russia</h1>${topicParagraphsHtml(rand, 8)}</article>`,
    script,
    checks: `return { noHost: document.querySelector('news-context-ui') === null };`,
  });
}

/** When the page rewrites itself, ms after load: after the extension has scanned and mounted its UI. */
export const REWRITE_AFTER_MS = 1500;

/** An article that replaces itself with `document.open()`/`write()`/`close()` after load. */
export function documentWritePage(seed = 14): string {
  const rand = createRandom(seed);
  const rewritten = renderPage({
    title: 'Rewritten: North Korean troops in Kursk',
    body: `<article id="rewritten"><h1>North Korean troops in Kursk</h1>${topicParagraphsHtml(rand, 6)}</article>`,
  });
  const script = `
    window.__rewritten = false;
    addEventListener('load', function () {
      setTimeout(function () {
        document.open();
        document.write(${JSON.stringify(rewritten).replace(/<\//g, '<\\/')});
        document.close();
        window.__rewritten = true;
      }, ${REWRITE_AFTER_MS});
    });`;
  return renderPage({
    body: `<article id="story"><h1>North Korean troops in Russia</h1>${topicParagraphsHtml(rand, 6)}</article>`,
    script,
  });
}

/** Builds part of the article with `appendChild`/`insertBefore`, counting calls through patched prototypes. */
export function patchedNodePage(seed = 15): string {
  const rand = createRandom(seed);
  const paragraphs = Array.from({ length: 6 }, () => topicParagraph(rand));
  const script = `
    window.__calls = { append: 0, insert: 0, text: 0 };
    var append = Node.prototype.appendChild, insert = Node.prototype.insertBefore;
    var text = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent');
    Node.prototype.appendChild = function (child) { window.__calls.append++; return append.call(this, child); };
    Node.prototype.insertBefore = function (child, ref) { window.__calls.insert++; return insert.call(this, child, ref); };
    Object.defineProperty(Node.prototype, 'textContent', {
      configurable: true,
      get: function () { window.__calls.text++; return text.get.call(this); },
      set: function (value) { text.set.call(this, value); },
    });
    var story = document.getElementById('story'), paragraphs = ${JSON.stringify(paragraphs)};
    for (var i = 0; i < paragraphs.length; i++) {
      var p = document.createElement('p');
      p.append(paragraphs[i]);
      if (i % 2) story.appendChild(p); else story.insertBefore(p, story.lastChild);
    }
    window.__ownCalls = { append: window.__calls.append, insert: window.__calls.insert };`;
  const checks = `return {
    appendOnlyOwn: window.__calls.append === window.__ownCalls.append,
    insertOnlyOwn: window.__calls.insert === window.__ownCalls.insert,
    built: document.querySelectorAll('#story p').length === ${paragraphs.length},
  };`;
  return renderPage({ body: '<article id="story"><h1>North Korean troops in Russia</h1></article>', script, checks });
}

/** An article whose script wraps `Array.prototype.map`, `push`, `Symbol.iterator` and adds an enumerable method. */
export function patchedArrayPage(seed = 16): string {
  const rand = createRandom(seed);
  const script = `
    window.__arrayCalls = { map: 0, push: 0, iterate: 0 };
    var map = Array.prototype.map, push = Array.prototype.push, iterate = Array.prototype[Symbol.iterator];
    Array.prototype.map = function () { window.__arrayCalls.map++; return map.apply(this, arguments); };
    Array.prototype.push = function () { window.__arrayCalls.push++; return push.apply(this, arguments); };
    Array.prototype[Symbol.iterator] = function () { window.__arrayCalls.iterate++; return iterate.call(this); };
    Array.prototype.pageHelper = function () { return this.length; };`;
  const checks = `
    var doubled = [1, 2, 3].map(function (n) { return n * 2; }), seen = [];
    for (var n of doubled) seen.push(n);
    var keys = []; for (var k in [1]) keys.push(k);
    return { map: seen.join() === '2,4,6', forIn: keys.join() === '0,pageHelper', counted: window.__arrayCalls.iterate > 0 };`;
  return renderPage({
    body: `<article id="story"><h1>North Korean troops in Russia</h1>${topicParagraphsHtml(rand, 8)}</article>`,
    script,
    checks,
  });
}

/** An article whose script deletes `window.CSS` and `Highlight`, then puts a look-alike `CSS` in their place. */
export function patchedCssPage(seed = 17): string {
  const rand = createRandom(seed);
  const script = `
    delete window.CSS;
    delete window.Highlight;
    window.CSS = { highlights: new Map(), supports: function () { return false; }, escape: String };`;
  const checks = `return {
    replaced: window.CSS.highlights instanceof Map && window.CSS.highlights.size === 0,
    noHighlight: typeof window.Highlight === 'undefined',
  };`;
  return renderPage({
    body: `<article id="story"><h1>North Korean troops in Russia</h1>${topicParagraphsHtml(rand, 8)}</article>`,
    script,
    checks,
  });
}
