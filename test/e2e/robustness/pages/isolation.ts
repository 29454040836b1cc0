/** Pages that wall parts of themselves off: a strict CSP, shadow roots, iframes. */
import { createRandom, topicParagraph, topicParagraphsHtml } from './prose';
import { renderPage } from './shell';

/** The strict policy: no script, style, image, font or connection from anywhere. */
export const STRICT_CSP = "default-src 'none'";

/** An article served with `Content-Security-Policy: default-src 'none'` (no script of its own can run). */
export function strictCspPage(seed = 6): string {
  const rand = createRandom(seed);
  return renderPage({
    body: `<article id="story"><h1>North Korean troops in Russia</h1>${topicParagraphsHtml(rand, 8)}
      <form id="form"><input id="field" value="North Korean troops"></form></article>`,
    selfCheck: false,
  });
}

/** Custom elements with open and closed shadow roots (and slotted light DOM), all holding topic text. */
export function shadowRootsPage(seed = 7): string {
  const rand = createRandom(seed);
  const [openText, closedText, nestedText] = [topicParagraph(rand), topicParagraph(rand), topicParagraph(rand)];
  const script = `
    window.__connected = { open: 0, closed: 0 };
    window.__roots = {};
    function card(mode, text, id) {
      return class extends HTMLElement {
        constructor() {
          super();
          var root = this.attachShadow({ mode: mode });
          root.innerHTML = '<style>p { margin: 4px 0 }</style><p id="' + id + '">' + text + '</p><slot></slot>';
          window.__roots[id] = root;
        }
        connectedCallback() { window.__connected[mode]++; }
      };
    }
    customElements.define('nc-open-card', card('open', ${JSON.stringify(openText)}, 'open-text'));
    customElements.define('nc-closed-card', card('closed', ${JSON.stringify(closedText)}, 'closed-text'));
    customElements.define('nc-nested-card', card('open', ${JSON.stringify(nestedText)}, 'nested-text'));
    window.__shadowHtml = Object.keys(window.__roots).map(function (k) { return window.__roots[k].innerHTML; }).join('|');`;
  const checks = `return {
    connectedOnce: window.__connected.open === 2 && window.__connected.closed === 1,
    shadowUnchanged: Object.keys(window.__roots).map(function (k) { return window.__roots[k].innerHTML; }).join('|') === window.__shadowHtml,
    closedText: window.__roots['closed-text'].getElementById('closed-text').textContent === ${JSON.stringify(closedText)},
  };`;
  return renderPage({
    body: `<article id="story"><h1>North Korean troops in Russia</h1>${topicParagraphsHtml(rand, 4)}
      <nc-open-card><span id="slotted">Slotted: Kim Jong Un visited Pyongyang.</span>
        <nc-nested-card></nc-nested-card></nc-open-card>
      <nc-closed-card></nc-closed-card></article>`,
    script,
    checks,
  });
}

/** A page framed by `framesPage`: its own article and self-check. */
export function framedPage(seed: number, id: string): string {
  const rand = createRandom(seed);
  return renderPage({
    body: `<article id="${id}"><h1>North Korean troops</h1>${topicParagraphsHtml(rand, 4)}</article>`,
  });
}

/** An article with a same-origin iframe and a cross-origin one (`crossOrigin` is the other origin). */
export function framesPage(crossOrigin: string, seed = 8): string {
  const rand = createRandom(seed);
  const checks = `
    var same = document.getElementById('same-frame').contentWindow;
    return { sameFrameOk: same.__checkPage !== undefined && JSON.parse(same.__checkPage()).ok === true };`;
  return renderPage({
    body: `<article id="story"><h1>North Korean troops in Russia</h1>${topicParagraphsHtml(rand, 4)}
      <iframe id="same-frame" src="/frames/same.html" width="600" height="300"></iframe>
      <iframe id="cross-frame" src="${crossOrigin}/frames/cross.html" width="600" height="300"></iframe></article>`,
    checks,
  });
}
