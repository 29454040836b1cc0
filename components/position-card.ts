/** Where to put the hint card next to a mention: a pure function, so it is table-tested without a browser. */

/** The mention's box in viewport coordinates (a `DOMRect` fits). */
export interface AnchorRect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Width and height in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

/** The card's top-left corner in viewport coordinates, which side of the mention it sits on, and its height limit. */
export interface CardPosition {
  x: number;
  y: number;
  placement: 'below' | 'above';
  /** The card scrolls its body beyond this height (px), so it never covers the mention. */
  maxHeight: number;
}

/** Gap between the mention and the card, px: close enough to read as attached, far enough not to cover the underline. */
export const CARD_GAP = 8;
/** Space kept free at the viewport's edges, px. */
export const VIEWPORT_MARGIN = 8;
/** Shortest useful card, px (title, one figure, the buttons): below this it may cover the mention instead. */
export const MIN_CARD_HEIGHT = 200;

/**
 * Places the card below the mention, or above it when it fits only there (or there is more room above);
 * left-aligns it with the mention and clamps it into the viewport. A card taller than the room on its
 * side gets a `maxHeight` (its body scrolls); only in a very short viewport may it cover the mention.
 */
export function positionCard(anchor: AnchorRect, card: Size, viewport: Size): CardPosition {
  const roomBelow = viewport.height - anchor.bottom - CARD_GAP - VIEWPORT_MARGIN;
  const roomAbove = anchor.top - CARD_GAP - VIEWPORT_MARGIN;
  const placement = card.height <= roomBelow || roomBelow >= roomAbove ? 'below' : 'above';
  const room = placement === 'below' ? roomBelow : roomAbove;
  const maxHeight = Math.min(viewport.height - 2 * VIEWPORT_MARGIN, Math.max(room, MIN_CARD_HEIGHT));
  const height = Math.min(card.height, maxHeight);
  const y = placement === 'below' ? anchor.bottom + CARD_GAP : anchor.top - CARD_GAP - height;
  return {
    x: clamp(anchor.left, VIEWPORT_MARGIN, viewport.width - card.width - VIEWPORT_MARGIN),
    y: clamp(y, VIEWPORT_MARGIN, viewport.height - height - VIEWPORT_MARGIN),
    placement,
    maxHeight,
  };
}

/** Clamps into [min, max]; `min` wins when the range is empty (the card is larger than the viewport). */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
