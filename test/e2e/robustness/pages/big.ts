/** Pages that are large in some dimension: bytes, depth, node count. */
import { createRandom, fillerParagraph, topicParagraph, topicParagraphsHtml } from './prose';
import { renderPage } from './shell';

/** Size of the long article, bytes (about 5 MB, as a long live blog archive or a book on one page). */
export const BIG_ARTICLE_BYTES = 5 * 1024 * 1024;
/** Filler paragraphs per topic paragraph in the long article: a topic mention every few hundred words. */
const FILLER_PER_TOPIC = 8;

/** A 5 MB article: topic paragraphs among neutral ones, all in the HTML, ending with a topic paragraph `#end`. */
export function bigArticlePage(seed = 1): string {
  const rand = createRandom(seed);
  const parts: string[] = [`<article id="story"><h1>North Korean troops in Russia</h1>`, topicParagraphsHtml(rand, 3)];
  let bytes = 0;
  let paragraphs = 3;
  for (let i = 0; bytes < BIG_ARTICLE_BYTES; i++, paragraphs++) {
    const text = i % (FILLER_PER_TOPIC + 1) === 0 ? topicParagraph(rand) : fillerParagraph(rand);
    parts.push(`<p>${text}</p>`);
    bytes += text.length + 8;
  }
  parts.push(`<p id="end">${topicParagraph(rand)}</p>`, '</article>');
  return renderPage({
    body: parts.join('\n'),
    checks: `return { paragraphs: document.querySelectorAll('#story p').length === ${paragraphs + 1} };`,
  });
}

/** Levels of nesting in the deep page (the HTML parser stops nesting at 512, so script builds it). */
export const DEEP_LEVELS = 5000;
/**
 * How many of those levels are blocks (`div`, `section`); the rest are inline (`span`, `b`, `em`, `i`).
 * Chromium's renderer itself crashes on 5,000 nested blocks, or on blocks and inlines alternating
 * 2,000 deep, with or without the extension (checked with a plain browser), so the page stays inside
 * what Chromium can lay out.
 */
export const DEEP_BLOCK_LEVELS = 1000;
/** A topic paragraph every this many levels. */
const DEEP_TEXT_EVERY = 500;

/** 5,000 nested elements (1,000 blocks, then inline), with topic paragraphs every 500 levels and at the bottom. */
export function deepNestingPage(seed = 2): string {
  const rand = createRandom(seed);
  const texts = Array.from({ length: DEEP_LEVELS / DEEP_TEXT_EVERY + 1 }, () => topicParagraph(rand));
  const script = `
    var texts = ${JSON.stringify(texts)};
    var blocks = ['div', 'section'], inlines = ['span', 'b', 'em', 'i'];
    var node = document.getElementById('deep');
    for (var level = 1; level <= ${DEEP_LEVELS}; level++) {
      var tags = level <= ${DEEP_BLOCK_LEVELS} ? blocks : inlines;
      var child = document.createElement(tags[level % tags.length]);
      if (level % ${DEEP_TEXT_EVERY} === 0) {
        var p = document.createElement('p');
        p.textContent = texts[level / ${DEEP_TEXT_EVERY} - 1];
        node.appendChild(p);
      }
      node.appendChild(child);
      node = child;
    }
    node.id = 'bottom';
    node.appendChild(document.createTextNode(texts[texts.length - 1]));
    window.__deepest = node;`;
  const checks = `
    var depth = 0;
    for (var n = window.__deepest; n && n.id !== 'deep'; n = n.parentNode) depth++;
    return { depth: depth === ${DEEP_LEVELS}, bottomText: window.__deepest.textContent === ${JSON.stringify(texts[texts.length - 1])} };`;
  return renderPage({
    body: `<h1>North Korean troops in Russia</h1>${topicParagraphsHtml(rand, 3)}<div id="deep"></div>`,
    script,
    checks,
  });
}

/** Text nodes in the many-nodes page. */
export const TEXT_NODE_COUNT = 200_000;

/**
 * 200,000 text nodes, made by script as adjacent text nodes that split words ("Nor" + "th Korean tro" +
 * "ops"), so mentions cross node boundaries everywhere.
 */
export function manyTextNodesPage(seed = 3): string {
  const rand = createRandom(seed);
  const paragraphs = Array.from({ length: 400 }, (_, i) =>
    i % 4 === 0 ? topicParagraph(rand) : fillerParagraph(rand),
  );
  const script = `
    var paragraphs = ${JSON.stringify(paragraphs)};
    var root = document.getElementById('nodes');
    var made = 0, seed = 7;
    for (var i = 0; made < ${TEXT_NODE_COUNT}; i++) {
      var p = document.createElement('p'), text = paragraphs[i % paragraphs.length];
      for (var at = 0; at < text.length && made < ${TEXT_NODE_COUNT}; made++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        var size = 1 + (seed % 9);
        p.appendChild(document.createTextNode(text.slice(at, at + size)));
        at += size;
      }
      root.appendChild(p);
    }`;
  const checks = `
    var walker = document.createTreeWalker(document.getElementById('nodes'), NodeFilter.SHOW_TEXT), count = 0;
    while (walker.nextNode()) count++;
    return { textNodes: count === ${TEXT_NODE_COUNT} };`;
  return renderPage({
    body: `<h1>North Korean troops in Russia</h1>${topicParagraphsHtml(rand, 3)}<div id="nodes"></div>`,
    script,
    checks,
  });
}
