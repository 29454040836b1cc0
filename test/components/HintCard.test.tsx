// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import HintCard, { type HintCardProps } from '../../components/HintCard';
import { buildHintView, indexPack, type HintView } from '../../components/pack-index';
import { button, click, get, keyDown, mount, text, unmountAll } from './dom';
import { PACK, REPORT } from './fixtures/pack';

afterEach(unmountAll);

const INDEX = indexPack(PACK);

function view(entityId: string): HintView {
  const built = buildHintView(INDEX, REPORT, entityId);
  if (!built) throw new Error(entityId);
  return built;
}

function mountCard(overrides: Partial<HintCardProps> = {}) {
  const props: HintCardProps = {
    view: view('north-korean-troops'),
    index: INDEX,
    position: { x: 120, y: 340, placement: 'below', maxHeight: 420 },
    onOpenPanel: vi.fn(),
    onNotUseful: vi.fn(),
    onDismiss: vi.fn(),
    ...overrides,
  };
  return { card: get(mount(<HintCard {...props} />), '[role="dialog"]'), props };
}

describe('HintCard', () => {
  it('is a dialog labelled with the entity name', () => {
    expect(mountCard().card.getAttribute('aria-label')).toBe('North Korean troops: context');
  });

  it('shows the entity name, type and description', () => {
    const { card } = mountCard();
    expect([
      text(get(card, 'h2')),
      text(get(card, '.nc-card__type')),
      text(get(card, '.nc-card__description')),
    ]).toEqual([
      'North Korean troops',
      'Military',
      'Soldiers of the Korean People’s Army deployed to Russia from October 2024.',
    ]);
  });

  it('shows the figures about the entity and the page’s own figure', () => {
    const { card } = mountCard();
    expect(get(card, '[data-quantity-id]').dataset.quantityId).toBe('nk-troops');
    expect(text(get(card, '.nc-quantity__page'))).toContain('This page says 11,000');
  });

  it('shows related claims as compact claim items', () => {
    const claims = [
      ...mountCard({ view: view('kim-jong-un') }).card.querySelectorAll<HTMLElement>('.nc-claim--compact'),
    ];
    expect(claims.map((c) => c.dataset.claimId)).toEqual(['kim-kursk-opinion']);
  });

  it('sits at the position it is given, with its height limit', () => {
    const { style } = mountCard().card;
    expect([style.left, style.top, style.maxHeight]).toEqual(['120px', '340px', '420px']);
  });

  it.each([
    ['Open panel', 'onOpenPanel'],
    ['Not useful', 'onNotUseful'],
    ['Close', 'onDismiss'],
  ] as const)('calls %s’s callback %s on click', (name, callback) => {
    const { card, props } = mountCard();
    click(button(card, name));
    expect(props[callback]).toHaveBeenCalledTimes(1);
  });

  it('leaves out "Open panel" when no onOpenPanel is given', () => {
    const { card } = mountCard({ onOpenPanel: undefined });
    expect([...card.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Open panel');
  });

  it('dismisses on Escape inside the card', () => {
    const { card, props } = mountCard();
    keyDown(get(card, '.nc-disclosure'), 'Escape');
    expect(props.onDismiss).toHaveBeenCalledTimes(1);
  });

  it('ignores other keys', () => {
    const { card, props } = mountCard();
    keyDown(card, 'Enter');
    expect(props.onDismiss).not.toHaveBeenCalled();
  });
});
