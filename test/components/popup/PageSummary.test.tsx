// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexPack, type PackIndex } from '@/components/pack-index';
import PageSummary, { type PageState } from '@/components/popup/PageSummary';
import { EMPTY_REPORT, type PageReport } from '@/core/report';
import type { ResolvedSettings } from '@/core/settings/types';
import { button, click, get, mount, text, unmountAll } from '../dom';
import { FIXTURE_PACK } from './fixtures/pack';

afterEach(unmountAll);

const INDEX = indexPack(FIXTURE_PACK);
const ON: ResolvedSettings = {
  hintStyle: 'underline',
  showOn: 'about',
  autoOpenPanel: false,
  active: true,
  state: 'on',
  rule: null,
};
const ABOUT: PageReport = {
  ...EMPTY_REPORT,
  verdict: 'about',
  mentionCount: 12,
  entities: [
    { entityId: 'north-korean-troops', count: 7 },
    { entityId: 'kursk', count: 3 },
  ],
};

/** Mounts the summary for a page state. */
function mountSummary(page: PageState, index: PackIndex | null = INDEX) {
  const actions = { onOpenPanel: vi.fn(), onResume: vi.fn(), onTurnOnSite: vi.fn() };
  return { root: mount(<PageSummary page={page} index={index} {...actions} />), ...actions };
}

/** A page the content script answered for. */
function ready(report: PageReport, settings: ResolvedSettings = ON): PageState {
  return { kind: 'ready', report, settings, hostname: 'news.example.org' };
}

describe('PageSummary', () => {
  it('says calmly that News Context does not run on the page', () => {
    const { root } = mountSummary({ kind: 'unavailable' });
    expect(text(get(root, '.nc-popup-page__title'))).toBe('News Context doesn’t run on this page');
    expect(root.querySelector('button')).toBeNull();
  });

  it('shows the verdict, mention count and most-mentioned entities', () => {
    const { root } = mountSummary(ready(ABOUT));
    expect(text(get(root, '.nc-popup-page__title'))).toBe('About the topic');
    expect(text(get(root, '.nc-popup-page__detail'))).toBe('12 mentions · most: North Korean troops, Kursk region');
  });

  it('shows the mention count without names while the pack loads', () => {
    const { root } = mountSummary(ready(ABOUT), null);
    expect(text(get(root, '.nc-popup-page__detail'))).toBe('12 mentions');
  });

  it('opens the panel', () => {
    const { root, onOpenPanel } = mountSummary(ready(ABOUT));
    click(button(root, 'Open panel'));
    expect(onOpenPanel).toHaveBeenCalledOnce();
  });

  it('says when the page has nothing on the topic', () => {
    const { root } = mountSummary(ready(EMPTY_REPORT));
    expect(text(get(root, '.nc-popup-page__title'))).toBe('Nothing on the topic');
  });

  it('offers Resume while paused', () => {
    const { root, onResume } = mountSummary(ready(ABOUT, { ...ON, active: false, state: 'paused' }));
    click(button(root, 'Resume'));
    expect(onResume).toHaveBeenCalledOnce();
  });

  it('offers to turn an off site back on', () => {
    const { root, onTurnOnSite } = mountSummary(ready(ABOUT, { ...ON, active: false, state: 'site-off' }));
    expect(text(root)).toContain('news.example.org');
    click(button(root, 'Turn on'));
    expect(onTurnOnSite).toHaveBeenCalledOnce();
  });

  it('is labelled "On this page"', () => {
    const { root } = mountSummary(ready(ABOUT));
    const section = get(root, 'section');
    expect(text(get(root, `[id="${section.getAttribute('aria-labelledby')}"]`))).toBe('On this page');
  });
});
