/**
 * Which elements hold readable prose, and which start a new block.
 *
 * Decisions and trade-offs:
 * - Tag names, not computed `display`, decide block boundaries: a Set lookup per element instead of a
 *   style recalculation. A `<span style="display:block">` therefore reads as inline, so a match may
 *   rarely join two visually separate lines; a `<div style="display:inline">` splits a sentence.
 * - `pre`, `code`, `kbd` and `samp` are skipped: quoted code and logs are not prose about the topic,
 *   and wrapping their text (fallback painter) would corrupt copy-paste of code.
 * - `svg` and `math` are skipped whole: their text is labels, not sentences, and an HTML `<mark>`
 *   inserted into SVG would not render.
 * - Hidden content: the `hidden` attribute and inline `display:none` / `visibility:hidden` are checked on
 *   every element (attribute reads, cheap). `getComputedStyle` is consulted only on block-level elements
 *   (optional): one style lookup per paragraph-sized element rather than per node; hidden inline
 *   elements styled by class (e.g. screen-reader-only spans) are therefore still read.
 *   A `visibility:visible` child of a `visibility:hidden` block is skipped with its parent.
 * - `aria-hidden="true"` text stays: it is hidden from assistive technology, not from sighted readers.
 * - Editable regions (`contenteditable` other than "false") are skipped: painting inside editors
 *   breaks them (draft-js#616).
 */
import { UI_HOST_TAG } from '../ui-host';
import { FILTER_ACCEPT, FILTER_REJECT, isElement } from './tree';

function tagSet(...groups: string[]): ReadonlySet<string> {
  return new Set(groups.join(' ').split(' '));
}

/** Elements whose subtree holds no prose a reader sees. */
const SKIPPED_TAGS = tagSet(
  'audio button canvas code datalist embed head iframe input kbd math meter noscript object',
  'option pre progress samp script select style svg template textarea title video',
  UI_HOST_TAG,
);

/** Elements that lay out as blocks by default: their text never joins the text around them. */
const BLOCK_TAGS = tagSet(
  'address article aside blockquote caption center dd details dialog dir div dl dt fieldset',
  'figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup legend li main menu nav ol p',
  'search section summary table tbody td tfoot th thead tr ul',
);

/** Empty elements that end a line: the text after them starts a new block. */
const BREAK_TAGS = tagSet('br hr');

/** Skipped elements that still lay out as blocks: text on either side of them never joins. */
const SKIPPED_BLOCK_TAGS = tagSet('pre iframe video canvas textarea');

/** Headings weigh more when judging what a page is about. */
const HEADING_TAGS = tagSet('h1 h2 h3 h4 h5 h6');

/** Reads an element's computed style; null skips the computed-style check. */
export type StyleLookup = ((el: Element) => CSSStyleDeclaration | null) | null;

/** True when `el` lays out as a block by default (its tag is in the block set). */
export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName);
}

/** True for `<br>` and `<hr>`, which end a line without containing text. */
export function isBreakElement(el: Element): boolean {
  return BREAK_TAGS.has(el.localName);
}

/** True when the text after `el` starts a new block: `<br>`, `<hr>`, or a skipped block like `<pre>`. */
export function isLineBreaking(el: Element): boolean {
  const tag = el.localName;
  return BREAK_TAGS.has(tag) || BLOCK_TAGS.has(tag) || SKIPPED_BLOCK_TAGS.has(tag);
}

/** True when a block-level element is a heading (`h1`–`h6` or `role="heading"`). */
export function isHeadingElement(el: Element): boolean {
  return HEADING_TAGS.has(el.localName) || el.getAttribute('role') === 'heading';
}

function isStyleHidden(style: CSSStyleDeclaration | null | undefined): boolean {
  if (!style) return false;
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
}

function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** True when `el` and its whole subtree hold no readable text (see the module note for the rules). */
export function isSkippedElement(el: Element, styleOf: StyleLookup): boolean {
  const tag = el.localName;
  if (SKIPPED_TAGS.has(tag) || el.hasAttribute('hidden') || isEditable(el)) return true;
  if (el.hasAttribute('style') && isStyleHidden((el as HTMLElement).style)) return true;
  return styleOf !== null && BLOCK_TAGS.has(tag) && isStyleHidden(styleOf(el));
}

/** A TreeWalker filter that rejects skipped subtrees in O(1); an element that throws is skipped. */
export function createElementFilter(styleOf: StyleLookup): (node: Node) => number {
  return (node) => {
    if (!isElement(node)) return FILTER_ACCEPT;
    try {
      return isSkippedElement(node, styleOf) ? FILTER_REJECT : FILTER_ACCEPT;
    } catch {
      return FILTER_REJECT;
    }
  };
}

/** The computed-style lookup for `doc`'s window, or null when unavailable. */
export function styleLookupFor(doc: Document | null): StyleLookup {
  const win = doc?.defaultView;
  if (!win || typeof win.getComputedStyle !== 'function') return null;
  return (el) => {
    try {
      return win.getComputedStyle(el);
    } catch {
      return null;
    }
  };
}
