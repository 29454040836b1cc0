// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createHighlighter, MARK_ATTRIBUTE, type PaintRange } from '../../platform/highlighter';
import { collectPageText } from '../../platform/page-text';
import { UI_HOST_TAG } from '../../platform/ui-host';
import { occurrences, snapshot } from './dom-fixtures';

/** Topic aliases; none contains another, so their occurrences never overlap. */
const ALIASES = ['North Korea', 'Kursk', 'Pyongyang', 'KPA'];
const FILLER = ['troops', 'the', 'front', 'and', 'in', 'were', 'seen', ',', ' ', 'near'];
const INLINE_TAGS = ['b', 'i', 'a', 'span', 'em'];
const BLOCK_TAGS = ['p', 'div', 'li', 'h2', 'blockquote'];
const HIDDEN_TAGS = ['script', 'code', UI_HOST_TAG];
const TREES = 200;
/** happy-dom's DOM edits are far slower than a browser's: 200 trees take about 5 s here. */
const PROPERTY_TIMEOUT_MS = 30_000;

/** mulberry32: a tiny seeded PRNG, so a failing tree can be rebuilt from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Text for one run: filler and aliases, with spaces, sometimes cut anywhere (even inside an alias). */
function words(random: () => number): string[] {
  const parts: string[] = [];
  for (let n = 1 + Math.floor(random() * 4); n > 0; n--) {
    parts.push(random() < 0.4 ? pick(random, ALIASES) : pick(random, FILLER), ' ');
  }
  const joined = parts.join('');
  const cut = Math.floor(random() * joined.length);
  return random() < 0.3 ? [joined.slice(0, cut), joined.slice(cut)] : [joined];
}

/** The second half of a cut run: a bare text node, or wrapped so an alias spans an inline tag. */
function cutTail(text: string, random: () => number): Node {
  const node = document.createTextNode(text);
  if (random() < 0.5) return node;
  const el = document.createElement(pick(random, INLINE_TAGS));
  el.appendChild(node);
  return el;
}

function fillInline(parent: Node, random: () => number, depth: number): void {
  for (let n = 1 + Math.floor(random() * 4); n > 0; n--) {
    const roll = random();
    if (roll < 0.5 || depth > 3) {
      // Adjacent text nodes (the page's own) are built on purpose: painting must keep them apart.
      const [head = '', tail] = words(random);
      parent.appendChild(document.createTextNode(head));
      if (tail !== undefined) parent.appendChild(cutTail(tail, random));
    } else if (roll < 0.92) {
      const el = document.createElement(pick(random, INLINE_TAGS));
      fillInline(el, random, depth + 1);
      parent.appendChild(el);
    } else {
      const el = document.createElement(pick(random, HIDDEN_TAGS));
      el.appendChild(document.createTextNode(pick(random, ALIASES)));
      parent.appendChild(el);
    }
  }
}

function buildTree(seed: number): void {
  const random = prng(seed);
  document.body.replaceChildren();
  for (let n = 1 + Math.floor(random() * 5); n > 0; n--) {
    const block = document.createElement(pick(random, BLOCK_TAGS));
    fillInline(block, random, 0);
    document.body.appendChild(block);
  }
}

function mentions(): { ranges: PaintRange[]; aliases: string[] } {
  const page = collectPageText(document.body);
  const found = ALIASES.flatMap((alias) => occurrences(page.text, alias).map((o) => ({ alias, o })));
  found.sort((a, b) => a.o[0] - b.o[0]);
  const ranges = found.flatMap(({ alias, o: [start, end] }) =>
    page.toRanges(start, end).map((range) => ({ range, kind: 'plain' as const, id: `${alias}@${start}` })),
  );
  return { ranges, aliases: found.map((f) => f.alias) };
}

/** Each mention's text, joining the ranges of one mention id. */
function rangeTexts(ranges: readonly PaintRange[]): string[] {
  const byId = new Map<string, string>();
  for (const { id, range } of ranges) byId.set(id, (byId.get(id) ?? '') + range.toString());
  return [...byId.values()];
}

function markedText(): string {
  const marks = document.querySelectorAll(`mark[${MARK_ATTRIBUTE}]`);
  return Array.from(marks, (m) => m.textContent ?? '').join('');
}

function textNodes(): Text[] {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

describe('createHighlighter', () => {
  it(
    `paints exactly the aliases and restores ${TREES} random pages exactly (fallback marks)`,
    () => {
      for (let seed = 1; seed <= TREES; seed++) {
        buildTree(seed);
        const before = {
          html: document.body.innerHTML,
          tree: snapshot(document.body),
          nodes: textNodes(),
        };
        const highlighter = createHighlighter(document, { highlightApi: null });
        const { ranges, aliases } = mentions();
        highlighter.paint(ranges);
        expect(markedText(), `seed ${seed}`).toBe(aliases.join(''));
        expect(rangeTexts(ranges), `seed ${seed} (ranges while painted)`).toEqual(aliases);
        highlighter.unpaint(ranges.filter((_, i) => i % 2 === 0).map((r) => r.id));
        highlighter.paint(mentions().ranges);
        expect(markedText(), `seed ${seed} (rescanned)`).toBe(aliases.join(''));
        highlighter.clear();
        expect(rangeTexts(ranges), `seed ${seed} (ranges after clear)`).toEqual(aliases);
        highlighter.paint(ranges);
        expect(markedText(), `seed ${seed} (same ranges repainted)`).toBe(aliases.join(''));
        highlighter.clear();
        const after = textNodes();
        const sameNodes = after.length === before.nodes.length && after.every((n, i) => n === before.nodes[i]);
        expect([document.body.innerHTML, snapshot(document.body), sameNodes], `seed ${seed}`).toEqual([
          before.html,
          before.tree,
          true,
        ]);
      }
    },
    PROPERTY_TIMEOUT_MS,
  );
});
