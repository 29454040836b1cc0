/**
 * Glue between the page and the engine: scans a subtree in small steps (for the time slicer),
 * and keeps what each scanned root yielded: its mentions with their DOM ranges, and its analysed
 * part (weighed mentions and figures, see core/analyse-page.ts), so judging the page after a new
 * root is scanned combines parts instead of analysing the page again.
 *
 * A rescan of `root` replaces everything found under it before: segments rooted inside it are
 * dropped, and mentions and figures inside it are dropped from segments that contain it (the
 * rescan brings them fresh). What their neighbours in those segments took from them (company,
 * paragraphs) stays as it was when those segments were scanned.
 */
import type { ComparedFigure, PagePart } from '../core/analyse-page';
import type { PageText } from '../core/page-text';
import { findMentionsIn, type Matcher, type Mention } from '../core/match';
import type { Steps } from '../core/steps';
import { collectPageTextSteps } from './page-text';

/** Characters matched between two yields: about 1 ms of matching on a slow core, more while cold. */
const MATCH_CHUNK_CHARS = 16 * 1024;
/** Mentions mapped to DOM ranges between two yields. */
const RANGE_CHUNK = 128;
/** Text nodes walked between two yields when forgetting what a rescanned root held. */
const FORGET_CHUNK = 4096;
/** Text nodes of a removed subtree walked at once, in the mutation callback. */
const REMOVED_WALK_MAX = 4096;

/** A mention on the page, with its id and the DOM ranges it covers. */
export interface FoundMention extends Mention {
  id: string;
  ranges: Range[];
}

/** A figure the page states, with the text node it starts in (null in the title). */
interface FoundFigure extends ComparedFigure {
  node: Node | null;
}

/** Analyses one scanned part: its text and live mentions (see `analysePartSteps`). */
export type AnalysePart = (page: PageText, mentions: readonly FoundMention[]) => Steps<PagePart<FoundMention>>;

/** What still stands of a segment: its part (as analysed, or filtered) and its painted mentions. */
interface SegmentView {
  part: PagePart<FoundMention>;
  run: FoundMention[];
}

interface Segment {
  root: Node;
  mentions: FoundMention[];
  part: PagePart<FoundMention>;
  figures: FoundFigure[];
  /** Cached until something in the segment is rescanned or removed (see `forget`, `forgetRemoved`). */
  view: SegmentView | null;
}

/** What a page scan keeps between rescans. */
export interface PageScan {
  /** A resumable scan of `root`, replacing what was found under it before; calls `onScanned` when done. */
  scan(root: Node): Generator<void, void, undefined>;
  /** Drops what was found in `node`, which left the page; true when something was dropped. */
  forgetRemoved(node: Node): boolean;
  /** Forgets everything (after an SPA navigation). */
  reset(): void;
  /** The analysed parts of the page, keeping only mentions and figures that still stand. */
  parts(): PagePart<FoundMention>[];
  /** Every current mention, in document order per scanned root. */
  mentions(): FoundMention[];
  /** The current mentions with DOM ranges, one list per scanned root, each in document order. */
  runs(): FoundMention[][];
}

/** The text nodes of `root`, itself included when it is one. */
function* textNodesOf(root: Node): Generator<Node> {
  if (root.nodeType === Node.TEXT_NODE) yield root;
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) yield node;
}

function isLive(mention: FoundMention): boolean {
  const first = mention.ranges[0];
  return first !== undefined && first.startContainer.isConnected;
}

/**
 * Creates the scan state for one document: `analyse` analyses each scanned root's text and
 * mentions; `onScanned` runs after each finished root.
 */
export function createPageScan(doc: Document, matcher: Matcher, analyse: AnalysePart, onScanned: () => void): PageScan {
  let segments: Segment[] = [];
  let nextId = 0;
  /** Mentions and figures by the text node they start in, so forgetting a rescanned root costs its size, not the page's. */
  let byNode = new WeakMap<Node, object[]>();
  /** Mentions and figures dropped from segments that contain a rescanned root; filtered out when read. */
  let dropped = new WeakSet<object>();
  /** Items indexed since the last reset: none means a scan has nothing to forget. */
  let indexed = 0;

  function index(item: object, node: Node | null | undefined): void {
    if (!node) return;
    indexed++;
    const list = byNode.get(node);
    if (list) list.push(item);
    else byNode.set(node, [item]);
  }

  /** The text nodes under `root` that hold indexed mentions or figures, found in steps. */
  function* indexedNodesUnder(root: Node): Steps<Node[]> {
    const found: Node[] = [];
    if (indexed === 0) return found;
    let walked = 0;
    for (const node of textNodesOf(root)) {
      if (byNode.has(node)) found.push(node);
      if (++walked % FORGET_CHUNK === 0) yield;
    }
    return found;
  }

  /** Drops the items indexed at a text node; true when it held any. */
  function dropAt(node: Node): boolean {
    const items = byNode.get(node);
    if (!items) return false;
    for (const item of items) dropped.add(item);
    byNode.delete(node);
    return true;
  }

  /** Drops the segments rooted under `root` and the items in `nodes` (see `indexedNodesUnder`). */
  function forget(root: Node, nodes: readonly Node[]): void {
    segments = segments.filter((segment) => !root.contains(segment.root) && segment.root.isConnected);
    if (nodes.length > 0) for (const segment of segments) if (segment.root.contains(root)) segment.view = null;
    for (const node of nodes) dropAt(node);
  }

  /**
   * Drops the items in a removed subtree, walking at most `REMOVED_WALK_MAX` text nodes: past that,
   * every view is read again, and the liveness check drops the rest.
   */
  function forgetRemoved(node: Node): boolean {
    if (indexed === 0) return false;
    let changed = false;
    let walked = 0;
    for (const text of textNodesOf(node)) {
      changed = dropAt(text) || changed;
      if (++walked > REMOVED_WALK_MAX) {
        changed = true;
        break;
      }
    }
    if (changed) for (const segment of segments) segment.view = null;
    return changed;
  }

  /** Whether a mention still stands: not dropped by a rescan, and its text still in the page. */
  function isCurrent(mention: FoundMention): boolean {
    return !dropped.has(mention) && (mention.ranges.length === 0 || isLive(mention));
  }

  /** Whether a figure still stands, as for mentions. */
  function isCurrentFigure(figure: FoundFigure): boolean {
    return !dropped.has(figure) && (figure.node === null || figure.node.isConnected);
  }

  function* scan(root: Node): Generator<void, void, undefined> {
    const isWholePage = root === doc.body || root === doc.documentElement || root === doc;
    const page = yield* collectPageTextSteps(root, isWholePage ? { title: doc.title } : {});
    const found: FoundMention[] = [];
    for (let from = 0; from < page.text.length; from += MATCH_CHUNK_CHARS) {
      const to = Math.min(page.text.length, from + MATCH_CHUNK_CHARS);
      for (const mention of findMentionsIn(matcher, page.text, from, to)) {
        found.push({ ...mention, id: `m${nextId++}`, ranges: [] });
      }
      yield;
    }
    for (let i = 0; i < found.length; i++) {
      const mention = found[i]!;
      mention.ranges = page.toRanges(mention.start, mention.end);
      if (i % RANGE_CHUNK === RANGE_CHUNK - 1) yield;
    }
    const title = page.blocks[0]?.kind === 'title' ? page.blocks[0] : null;
    const live = found.filter((mention) => mention.ranges.length > 0 || (title !== null && mention.end <= title.end));
    const part = yield* analyse(page, live);
    const figures: FoundFigure[] = [];
    for (const figure of part.figures) {
      figures.push({
        ...figure,
        node: page.toRanges(figure.figure.start, figure.figure.end)[0]?.startContainer ?? null,
      });
      if (figures.length % RANGE_CHUNK === 0) yield;
    }
    yield;
    forget(root, yield* indexedNodesUnder(root));
    for (const mention of live) index(mention, mention.ranges[0]?.startContainer);
    for (const figure of figures) index(figure, figure.node);
    segments.push({ root, mentions: live, part, figures, view: null });
    onScanned();
  }

  /**
   * What still stands of a segment, computed once between rescans inside it: checking every mention
   * of a 5 MB page costs about 10 ms, which an append elsewhere on the page should not pay.
   */
  function viewOf(segment: Segment): SegmentView {
    if (segment.view !== null) return segment.view;
    const weighed = segment.part.weighed.filter(({ mention }) => isCurrent(mention));
    const figures = segment.figures.filter(isCurrentFigure);
    const isWhole = weighed.length === segment.part.weighed.length && figures.length === segment.figures.length;
    segment.view = {
      // The part as analysed while nothing in it is gone, so its summary is reused (core/analyse-page.ts).
      part: isWhole ? segment.part : { ...segment.part, weighed, figures },
      run: segment.mentions.filter((m) => m.ranges.length > 0 && isCurrent(m)),
    };
    return segment.view;
  }

  function runs(): FoundMention[][] {
    return segments.map((segment) => viewOf(segment).run);
  }

  function parts(): PagePart<FoundMention>[] {
    return segments.map((segment) => viewOf(segment).part);
  }

  return {
    scan,
    reset: () => {
      segments = [];
      byNode = new WeakMap();
      dropped = new WeakSet();
      indexed = 0;
    },
    parts,
    forgetRemoved,
    mentions: () => runs().flat(),
    runs,
  };
}
