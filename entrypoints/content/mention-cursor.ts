/**
 * Steps through the page's mentions (the keyboard command, or a panel row for one entity): scrolls
 * the next one into view, emphasises its hint for a moment, and reports it so its card can open.
 */
import type { Highlighter } from '@/platform/highlighter';
import type { FoundMention } from '@/platform/page-scan';

/** How long a mention stays emphasised after stepping to it, ms. */
const FLASH_MS = 1600;

export interface MentionCursor {
  /** Moves to the next mention (of `entityId`, or of any entity); false when there is none. */
  next(entityId: string | null): boolean;
  /** Calls `listener` with each mention moved to, once it is scrolled into view. */
  onFocus(listener: (mention: FoundMention) => void): void;
}

function documentOrder(a: FoundMention, b: FoundMention): number {
  const ra = a.ranges[0];
  const rb = b.ranges[0];
  if (!ra || !rb) return 0;
  try {
    return ra.compareBoundaryPoints(Range.START_TO_START, rb);
  } catch {
    return 0;
  }
}

/** Creates a cursor over `mentions()`, which is read afresh at each step (the page may have changed). */
export function createMentionCursor(highlighter: Highlighter, mentions: () => FoundMention[]): MentionCursor {
  const lastIndex = new Map<string, number>();
  let listener: (mention: FoundMention) => void = () => undefined;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  return {
    next(entityId) {
      const key = entityId ?? '*';
      const list = mentions()
        .filter((mention) => entityId === null || mention.entityId === entityId)
        .sort(documentOrder);
      if (list.length === 0) return false;
      const index = ((lastIndex.get(key) ?? -1) + 1) % list.length;
      lastIndex.set(key, index);
      const mention = list[index]!;
      const target = mention.ranges[0]?.startContainer.parentElement;
      const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      target?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
      highlighter.focus(mention.id);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => highlighter.focus(null), FLASH_MS);
      requestAnimationFrame(() => setTimeout(() => listener(mention), reduceMotion ? 0 : 350));
      return true;
    },
    onFocus(next) {
      listener = next;
    },
  };
}
