// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARD_SIZE_ESTIMATE } from '../../components/HintCardLayer';
import ReaderUi, { type ReaderUiActions, type ReaderUiProps } from '../../components/ReaderUi';
import { positionCard } from '../../components/position-card';
import { button, click, get, mount, rerender, unmountAll } from './dom';
import { PACK, REPORT } from './fixtures/pack';

afterEach(unmountAll);

const RECT = { top: 300, bottom: 320, left: 700, right: 820 };
const VIEWPORT = { width: 1280, height: 800 };

function actions(): ReaderUiActions {
  return {
    onOpenPanel: vi.fn(),
    onClosePanel: vi.fn(),
    onResizePanel: vi.fn(),
    onMoveLauncher: vi.fn(),
    onMentionClick: vi.fn(),
    onOpenSettings: vi.fn(),
    onQuery: vi.fn(),
    onDismissCard: vi.fn(),
    onNotUseful: vi.fn(),
  };
}

function mountUi(overrides: Partial<ReaderUiProps> = {}) {
  const props: ReaderUiProps = {
    report: REPORT,
    pack: PACK,
    panelOpen: false,
    card: null,
    viewport: VIEWPORT,
    panelWidth: 400,
    launcherY: 240,
    query: '',
    results: [],
    actions: actions(),
    ...overrides,
  };
  return { root: mount(<ReaderUi {...props} />), props };
}

describe('ReaderUi', () => {
  it('shows the launcher, not the panel, while the panel is closed', () => {
    const { root } = mountUi();
    expect([
      root.querySelector('[data-mention-count="11"]') !== null,
      root.querySelector('[role="complementary"]'),
    ]).toEqual([true, null]);
  });

  it('shows the panel instead of the launcher when open', () => {
    const { root } = mountUi({ panelOpen: true });
    expect([root.querySelector('[role="complementary"]') !== null, root.querySelector('[data-mention-count]')]).toEqual(
      [true, null],
    );
  });

  it('wires the launcher to onOpenPanel and the panel’s close button to onClosePanel', () => {
    const closed = mountUi();
    click(get(closed.root, '.nc-launcher__button'));
    const open = mountUi({ panelOpen: true });
    click(button(open.root, 'Close panel'));
    expect(
      [closed.props.actions.onOpenPanel, open.props.actions.onClosePanel].map((fn) => vi.mocked(fn).mock.calls.length),
    ).toEqual([1, 1]);
  });

  it('shows no card without one requested', () => {
    expect(mountUi().root.querySelector('[role="dialog"]')).toBeNull();
  });

  it('shows the requested entity’s card where positionCard puts it', () => {
    const card = get(mountUi({ card: { entityId: 'kim-jong-un', rect: RECT } }).root, '[role="dialog"]');
    const expected = positionCard(RECT, CARD_SIZE_ESTIMATE, VIEWPORT);
    expect([card.dataset.entityId, card.style.left, card.style.top]).toEqual([
      'kim-jong-un',
      `${expected.x}px`,
      `${expected.y}px`,
    ]);
  });

  it('keeps the card left of an open panel on a wide screen', () => {
    const card = get(
      mountUi({ panelOpen: true, card: { entityId: 'kursk', rect: { ...RECT, left: 1000 } } }).root,
      '[role="dialog"]',
    );
    expect(parseFloat(card.style.left) + CARD_SIZE_ESTIMATE.width).toBeLessThanOrEqual(VIEWPORT.width - 400);
  });

  it('lets the card use the full width on a narrow screen, where the panel is a bottom sheet', () => {
    const narrow = { width: 390, height: 844 };
    const card = get(
      mountUi({ panelOpen: true, viewport: narrow, card: { entityId: 'kursk', rect: { ...RECT, left: 20 } } }).root,
      '[role="dialog"]',
    );
    expect(card.style.left).toBe('20px');
  });

  it('leaves "Open panel" out of the card while the panel is open', () => {
    const { root } = mountUi({ panelOpen: true, card: { entityId: 'kursk', rect: RECT } });
    expect([...get(root, '[role="dialog"]').querySelectorAll('button')].map((b) => b.textContent)).not.toContain(
      'Open panel',
    );
  });

  it('reports "Not useful" with the card’s entity id', () => {
    const { root, props } = mountUi({ card: { entityId: 'kursk', rect: RECT } });
    click(button(root, 'Not useful'));
    expect(props.actions.onNotUseful).toHaveBeenCalledWith('kursk');
  });

  it('dismisses the card from its close button', () => {
    const { root, props } = mountUi({ card: { entityId: 'kursk', rect: RECT } });
    click(button(root, 'Close'));
    expect(props.actions.onDismissCard).toHaveBeenCalledTimes(1);
  });

  it('shows no card for an entity the pack does not have', () => {
    expect(mountUi({ card: { entityId: 'ghost', rect: RECT } }).root.querySelector('[role="dialog"]')).toBeNull();
  });

  it('moves focus into the panel when the launcher opens it', () => {
    const { root, props } = mountUi();
    click(get(root, '.nc-launcher__button'));
    rerender(root, <ReaderUi {...props} panelOpen />);
    expect(document.activeElement).toBe(get(root, '[role="complementary"]'));
  });

  it('returns focus to the launcher when the panel’s close button closes it', () => {
    const { root, props } = mountUi({ panelOpen: true });
    click(button(root, 'Close panel'));
    rerender(root, <ReaderUi {...props} panelOpen={false} />);
    expect(document.activeElement).toBe(get(root, '.nc-launcher__button'));
  });

  it('leaves focus alone when the panel opens for another reason', () => {
    const { root, props } = mountUi();
    rerender(root, <ReaderUi {...props} panelOpen />);
    expect(document.activeElement).toBe(document.body);
  });

  it('focuses a card opened from the keyboard and gives focus back when it closes', () => {
    const { root, props } = mountUi({ panelOpen: true });
    const row = get(root, '[data-entity-id="kursk"]');
    row.focus();
    rerender(root, <ReaderUi {...props} card={{ entityId: 'kursk', rect: RECT, focus: true }} />);
    expect(document.activeElement).toBe(get(root, '[role="dialog"]'));
    rerender(root, <ReaderUi {...props} card={null} />);
    expect(document.activeElement).toBe(row);
  });

  it('does not steal focus for a card opened by hovering', () => {
    const { root } = mountUi({ card: { entityId: 'kursk', rect: RECT } });
    expect(document.activeElement).not.toBe(get(root, '[role="dialog"]'));
  });
});
