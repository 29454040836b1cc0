// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexPack, type PackIndex } from '@/components/pack-index';
import type { PageState } from '@/components/popup/PageSummary';
import type { PopupTab } from '@/components/popup/PopupTabs';
import PopupView, { type PopupActions, type PopupData } from '@/components/popup/PopupView';
import { describeSite } from '@/components/popup/site-changes';
import { EMPTY_REPORT } from '@/core/report';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import { button, click, get, keyDown, mount, text, unmountAll } from '../dom';
import { FIXTURE_PACK } from './fixtures/pack';

afterEach(unmountAll);

const INDEX = indexPack(FIXTURE_PACK);

/** Mounts the popup on a tab with no-op actions (spies). */
function mountPopup(tab: PopupTab, page: PageState = { kind: 'unavailable' }, index: PackIndex | null = INDEX) {
  const data: PopupData = {
    page,
    site: describeSite('https://www.example.org/a', DEFAULT_SETTINGS, 0),
    pause: null,
    now: 0,
    tab,
    query: '',
    results: null,
    index,
  };
  const actions: PopupActions = {
    onTab: vi.fn(),
    onQuery: vi.fn(),
    onOpenPanel: vi.fn(),
    onSiteChange: vi.fn(),
    onPause: vi.fn(),
    onResume: vi.fn(),
    onOpenOptions: vi.fn(),
  };
  return { root: mount(<PopupView data={data} actions={actions} />), actions };
}

describe('PopupView', () => {
  it.each<PopupTab>(['search', 'site'])('shows "On this page" on the %s tab', (tab) => {
    expect(mountPopup(tab).root.querySelector('.nc-popup-page')).not.toBeNull();
  });

  it('shows the search on the Search tab', () => {
    expect(mountPopup('search').root.querySelector('[role="combobox"]')).not.toBeNull();
  });

  it('shows the site settings and the pause on the This site tab', () => {
    const { root } = mountPopup('site');
    expect([root.querySelector('[role="switch"]') !== null, text(root).includes('Pause for 1 hour')]).toEqual([
      true,
      true,
    ]);
  });

  it('switches tabs on click', () => {
    const { root, actions } = mountPopup('search');
    click(get(root, '[role="tab"][aria-selected="false"]'));
    expect(actions.onTab).toHaveBeenCalledWith('site');
  });

  it('switches tabs with the arrow keys', () => {
    const { root, actions } = mountPopup('site');
    keyDown(get(root, '[role="tab"][aria-selected="true"]'), 'ArrowRight');
    expect(actions.onTab).toHaveBeenCalledWith('search');
  });

  it('labels the panel by its tab', () => {
    const { root } = mountPopup('site');
    const panel = get(root, '[role="tabpanel"]');
    expect(text(get(root, `[id="${panel.getAttribute('aria-labelledby')}"]`))).toBe('This site');
  });

  it('says how many claims the pack holds, and its version, in the footer', () => {
    expect(text(get(mountPopup('search').root, '.nc-popup-footer'))).toContain(
      `${FIXTURE_PACK.claims.length} claims · ${FIXTURE_PACK.topic.version}`,
    );
  });

  it('shows the header, search and footer link before the pack has loaded, without the pack line', () => {
    const { root } = mountPopup('search', { kind: 'loading' }, null);
    expect(text(get(root, '.nc-popup-header'))).toContain('News Context');
    expect(root.querySelector('[role="combobox"]')).not.toBeNull();
    expect(button(root, 'All settings')).not.toBeNull();
    expect(root.querySelector('.nc-popup-footer__meta')).toBeNull();
  });

  it('opens the options page from the footer', () => {
    const { root, actions } = mountPopup('search');
    click(button(root, 'All settings'));
    expect(actions.onOpenOptions).toHaveBeenCalledOnce();
  });

  it('turns an off site back on from the summary', () => {
    const settings = {
      hintStyle: 'underline',
      showOn: 'about',
      autoOpenPanel: false,
      active: false,
      state: 'site-off',
      rule: null,
    } as const;
    const { root, actions } = mountPopup('search', {
      kind: 'ready',
      report: EMPTY_REPORT,
      settings,
      hostname: 'example.org',
    });
    click(button(root, 'Turn on'));
    expect(actions.onSiteChange).toHaveBeenCalledWith({ kind: 'enabled', value: true });
  });
});
