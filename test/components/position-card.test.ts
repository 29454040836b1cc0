import { describe, expect, it } from 'vitest';
import { CARD_GAP, MIN_CARD_HEIGHT, VIEWPORT_MARGIN, positionCard } from '../../components/position-card';

const VIEWPORT = { width: 1280, height: 800 };
const CARD = { width: 360, height: 300 };

/** A 20px-tall mention box at (left, top). */
function anchorAt(left: number, top: number) {
  return { left, top, right: left + 120, bottom: top + 20 };
}

describe('positionCard', () => {
  it.each([
    ['below a mention near the top', anchorAt(100, 100), 'below', 100 + 20 + CARD_GAP],
    ['above a mention near the bottom', anchorAt(100, 700), 'above', 700 - CARD_GAP - 300],
    ['below when it fits only there', anchorAt(100, 460), 'below', 460 + 20 + CARD_GAP],
    ['above when it fits only there', anchorAt(100, 480), 'above', 480 - CARD_GAP - 300],
  ] as const)('places the card %s', (_case, anchor, placement, y) => {
    expect(positionCard(anchor, CARD, VIEWPORT)).toMatchObject({ placement, y, x: 100 });
  });

  it.each([
    ['the right edge', 1100, VIEWPORT.width - CARD.width - VIEWPORT_MARGIN],
    ['the left edge', -40, VIEWPORT_MARGIN],
    ['a viewport narrower than the card', 10, VIEWPORT_MARGIN],
  ] as const)('clamps x at %s', (edge, left, x) => {
    const viewport = edge.startsWith('a viewport') ? { width: 300, height: 800 } : VIEWPORT;
    expect(positionCard(anchorAt(left, 100), CARD, viewport).x).toBe(x);
  });

  it('limits the height to the room on the chosen side so the card never covers the mention', () => {
    const position = positionCard(anchorAt(100, 300), { width: 360, height: 700 }, VIEWPORT);
    expect(position).toMatchObject({ placement: 'below', y: 328, maxHeight: 800 - 320 - CARD_GAP - VIEWPORT_MARGIN });
  });

  it('gives a card that fits its full height as the limit or more', () => {
    const position = positionCard(anchorAt(100, 100), CARD, VIEWPORT);
    expect(position.maxHeight).toBeGreaterThanOrEqual(CARD.height);
  });

  it('keeps a minimum height in a very short viewport, covering the mention rather than leaving the viewport', () => {
    const position = positionCard(anchorAt(100, 100), CARD, { width: 1280, height: 240 });
    expect(position).toMatchObject({ maxHeight: MIN_CARD_HEIGHT, y: 240 - MIN_CARD_HEIGHT - VIEWPORT_MARGIN });
  });

  it('never asks for more height than the viewport has', () => {
    expect(positionCard(anchorAt(100, 100), CARD, { width: 1280, height: 180 }).maxHeight).toBe(
      180 - 2 * VIEWPORT_MARGIN,
    );
  });

  it('never places the card outside the viewport', () => {
    for (let top = 0; top <= 780; top += 20) {
      const { y, maxHeight } = positionCard(anchorAt(100, top), CARD, VIEWPORT);
      const height = Math.min(CARD.height, maxHeight);
      expect(y).toBeGreaterThanOrEqual(VIEWPORT_MARGIN);
      expect(y + height).toBeLessThanOrEqual(VIEWPORT.height - VIEWPORT_MARGIN);
    }
  });
});
