/** Shared DOM helpers for platform tests (happy-dom). */

/** Replaces the body's content with `html` and returns the body. */
export function setBody(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** The concatenated text of `ranges`. */
export function rangesText(ranges: readonly Range[]): string {
  return ranges.map((r) => r.toString()).join('');
}

/** Every [start, end) occurrence of `word` in `text`. */
export function occurrences(text: string, word: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) found.push([i, i + word.length]);
  return found;
}

/**
 * A serialisation that, unlike innerHTML, shows text-node boundaries and node identity counts:
 * two trees with the same snapshot have the same elements, attributes and text nodes.
 */
export function snapshot(node: Node): string {
  if (node.nodeType === 3) return `#text(${JSON.stringify((node as Text).data)})`;
  if (node.nodeType !== 1) return `#${node.nodeName}`;
  const el = node as Element;
  const attrs = Array.from(el.attributes, (a) => `${a.name}=${JSON.stringify(a.value)}`).join(' ');
  const children = Array.from(el.childNodes, snapshot).join(',');
  return `<${el.localName}${attrs ? ' ' + attrs : ''}>[${children}]`;
}
