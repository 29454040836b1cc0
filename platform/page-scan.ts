/**
 * Glue between the page and the matcher: scans a subtree in small steps (for the time slicer),
 * keeps what each scanned root yielded (its text, blocks and mentions with their DOM ranges), and
 * gives a combined snapshot of the whole page for judging it.
 *
 * A rescan of `root` replaces everything found under it before: segments rooted inside it are
 * dropped, and mentions inside it are dropped from segments that contain it (their text is then
 * stale there, which only shortens those segments' sentences; the rescan brings the fresh text).
 */
import type { PageText, TextBlock } from '../core/page-text';
import { findMentionsIn, type Matcher, type Mention } from '../core/match';
import { collectPageTextSteps } from './page-text';

/** Characters matched between two yields: about 1 ms of matching on a slow core. */
const MATCH_CHUNK_CHARS = 64 * 1024;
/** Mentions mapped to DOM ranges between two yields. */
const RANGE_CHUNK = 256;

/** A mention on the page, with its id and the DOM ranges it covers. */
export interface FoundMention extends Mention {
  id: string;
  ranges: Range[];
}

interface Segment {
  root: Node;
  text: string;
  blocks: TextBlock[];
  mentions: FoundMention[];
}

/** The whole page as scanned so far: offsets of `mentions` are into `page.text`. */
export interface PageSnapshot {
  page: PageText;
  mentions: FoundMention[];
}

/** What a page scan keeps between rescans. */
export interface PageScan {
  /** A resumable scan of `root`, replacing what was found under it before; calls `onScanned` when done. */
  scan(root: Node): Generator<void, void, undefined>;
  /** Forgets everything (after an SPA navigation). */
  reset(): void;
  snapshot(): PageSnapshot;
  /** Every current mention, in document order per scanned root. */
  mentions(): FoundMention[];
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

function shift(mention: FoundMention, offset: number): FoundMention {
  if (offset === 0) return mention;
  const sentence = { start: mention.sentence.start + offset, end: mention.sentence.end + offset };
  return { ...mention, start: mention.start + offset, end: mention.end + offset, sentence };
}

/** Creates the scan state for one document. `onScanned` runs after each finished root. */
export function createPageScan(doc: Document, matcher: Matcher, onScanned: () => void): PageScan {
  let segments: Segment[] = [];
  let nextId = 0;
  /** Mentions by the text node they start in, so forgetting a rescanned root costs its size, not the page's. */
  let byNode = new WeakMap<Node, FoundMention[]>();
  /** Mentions dropped from segments that contain a rescanned root; filtered out when read. */
  let dropped = new WeakSet<FoundMention>();

  function index(mentions: readonly FoundMention[]): void {
    for (const mention of mentions) {
      const node = mention.ranges[0]?.startContainer;
      if (!node) continue;
      const list = byNode.get(node);
      if (list) list.push(mention);
      else byNode.set(node, [mention]);
    }
  }

  function forget(root: Node): void {
    segments = segments.filter((segment) => !root.contains(segment.root) && segment.root.isConnected);
    for (const node of textNodesOf(root)) {
      for (const mention of byNode.get(node) ?? []) dropped.add(mention);
      byNode.delete(node);
    }
  }

  /** Whether a mention still stands: not dropped by a rescan, and its text still in the page. */
  function isCurrent(mention: FoundMention): boolean {
    return !dropped.has(mention) && (mention.ranges.length === 0 || isLive(mention));
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
    forget(root);
    const title = page.blocks[0]?.kind === 'title' ? page.blocks[0] : null;
    const live = found.filter((mention) => mention.ranges.length > 0 || (title !== null && mention.end <= title.end));
    index(live);
    segments.push({ root, text: page.text, blocks: page.blocks, mentions: live });
    onScanned();
  }

  function snapshot(): PageSnapshot {
    const texts: string[] = [];
    const blocks: TextBlock[] = [];
    const mentions: FoundMention[] = [];
    let offset = 0;
    for (const segment of segments) {
      texts.push(segment.text);
      for (const block of segment.blocks)
        blocks.push({ ...block, start: block.start + offset, end: block.end + offset });
      for (const mention of segment.mentions) {
        if (isCurrent(mention)) mentions.push(shift(mention, offset));
      }
      offset += segment.text.length + 1;
    }
    return { page: { text: texts.join('\n'), blocks }, mentions };
  }

  return {
    scan,
    reset: () => {
      segments = [];
      byNode = new WeakMap();
      dropped = new WeakSet();
    },
    snapshot,
    mentions: () => segments.flatMap((segment) => segment.mentions.filter((m) => m.ranges.length > 0 && isCurrent(m))),
  };
}
