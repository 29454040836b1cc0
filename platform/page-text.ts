/**
 * Page DOM → `PageText` (core/page-text.ts) plus an offset map back to DOM Ranges.
 *
 * `text` holds each readable text node's data verbatim, except that line terminators inside a node
 * read as spaces (same length), so `text.slice(start, end)` equals the text of `toRanges(start, end)`
 * character for character, with "\n" in `text` only ever a block separator. Whitespace is not
 * collapsed: collapsing would break that equality; the matcher treats runs of spaces as one.
 * What is skipped and why: see `page-text/element-rules.ts`; traversal: `page-text/walk.ts`.
 *
 * Incremental use: collect any subtree (an added node, a changed paragraph); each result carries its
 * own offset map, dropped with the result once its mentions are painted.
 */
import type { PageText } from '../core/page-text';
import { runSteps } from '../core/steps';
import { createBlockResolver } from './page-text/blocks';
import { createTextCollector } from './page-text/collector';
import { createElementFilter, isSkippedElement, styleLookupFor } from './page-text/element-rules';
import { createOffsetMap } from './page-text/offset-map';
import { DOCUMENT_NODE, isElement, ownerDocumentOf, parentAcrossShadow } from './page-text/tree';
import { walkText } from './page-text/walk';

/** Collected text with its offset map. */
export interface CollectedPageText extends PageText {
  /** DOM Ranges covering `text[start, end)`: one per block or shadow tree crossed; none for the title. */
  toRanges(start: number, end: number): Range[];
}

/** Options for `collectPageText`. */
export interface PageTextOptions {
  /** Put this text first, as a 'title' block with no DOM mapping (e.g. `document.title`). */
  title?: string;
  /** Consult `getComputedStyle` on block-level elements to skip hidden ones (default true). */
  computedStyle?: boolean;
}

function emptyResult(title: string | undefined): CollectedPageText {
  const { text, blocks } = createTextCollector(createBlockResolver(), title).result();
  return { text, blocks, toRanges: () => [] };
}

/** True when `node` is not inside a region whose text is skipped (script, editor, hidden, our UI…). */
export function isCollectable(node: Node, options: PageTextOptions = {}): boolean {
  const doc = ownerDocumentOf(node);
  if (!doc || doc.designMode === 'on') return false;
  const styleOf = options.computedStyle === false ? null : styleLookupFor(doc);
  try {
    for (let cur: Node | null = node; cur; cur = parentAcrossShadow(cur)) {
      if (isElement(cur) && isSkippedElement(cur, styleOf)) return false;
    }
    return true;
  } catch {
    return false;
  }
}

function collectionRoot(root: Node): Node | null {
  if (root.nodeType !== DOCUMENT_NODE) return root;
  const doc = root as Document;
  return doc.body ?? doc.documentElement;
}

/**
 * `collectPageText` as a generator that pauses every few hundred nodes, for time-sliced scans:
 * `const page = yield* collectPageTextSteps(root)`.
 */
export function* collectPageTextSteps(
  root: Node,
  options: PageTextOptions = {},
): Generator<void, CollectedPageText, void> {
  const start = collectionRoot(root);
  const doc = ownerDocumentOf(root);
  if (!start || !doc || !isCollectable(start, options)) return emptyResult(options.title);
  const styleOf = options.computedStyle === false ? null : styleLookupFor(doc);
  const collector = createTextCollector(createBlockResolver(), options.title);
  yield* walkText(start, createElementFilter(styleOf), collector);
  const { text, blocks, segments } = collector.result();
  return { text, blocks, toRanges: createOffsetMap(doc, segments) };
}

/** Collects the readable text under `root` (a document, element, shadow root or text node). */
export function collectPageText(root: Node, options: PageTextOptions = {}): CollectedPageText {
  return runSteps(collectPageTextSteps(root, options));
}

/** Collects a whole document: its `<title>` as the first block (kind 'title'), then the body. */
export function collectDocumentText(doc: Document, options: Omit<PageTextOptions, 'title'> = {}): CollectedPageText {
  return collectPageText(doc, { ...options, title: doc.title });
}
