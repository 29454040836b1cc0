// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TopicPack } from '@/core/pack/types';
import type { Settings } from '@/core/settings/types';
import App from '@/entrypoints/options/App';
import { loadSettings, saveSettings } from '@/platform/settings';
import { button, click, get, mount, text, unmountAll } from '../../components/dom';
import { submit, type } from '../../components/options/events';

const PACK: TopicPack = {
  topic: { id: 't', title: 'Test topic', summary: 'Summary.', version: '1.0.0', updated: '2026-11-22' },
  sources: [],
  entities: [],
  quantities: [],
  claims: [],
};

const STORED: Settings = {
  defaults: { hintStyle: 'highlight', showOn: 'about', autoOpenPanel: false },
  sites: [{ domain: 'bbc.co.uk', includeSubdomains: true, enabled: false }],
  pause: null,
  panelWidth: 380,
};

/** Lets storage promises and Preact effects settle. */
async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

async function renderApp(): Promise<HTMLElement> {
  const root = mount(<App pack={PACK} />);
  await settle();
  return root;
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(unmountAll);

describe('App', () => {
  it('shows the stored site rules and defaults', async () => {
    await saveSettings(STORED);
    const root = await renderApp();
    expect(text(get(root, 'tbody th'))).toBe('bbc.co.uk');
    expect(get<HTMLInputElement>(root, '#nc-hint-style-highlight').checked).toBe(true);
  });

  it('stores a site added in the form', async () => {
    const root = await renderApp();
    type(get<HTMLInputElement>(root, '#nc-add-site'), 'cnn.com');
    submit(get<HTMLFormElement>(root, 'form'));
    await settle();
    expect((await loadSettings()).sites).toEqual([{ domain: 'cnn.com', includeSubdomains: true, enabled: true }]);
  });

  it('stores a pause until resumed, and the resume', async () => {
    const root = await renderApp();
    click(button(root, 'Pause until I resume'));
    await settle();
    expect((await loadSettings()).pause).toEqual({ until: null });
    click(button(root, 'Resume'));
    await settle();
    expect((await loadSettings()).pause).toBeNull();
  });

  it('follows changes stored by another page', async () => {
    const root = await renderApp();
    await act(async () => {
      await saveSettings(STORED);
    });
    await settle();
    expect(text(get(root, 'tbody th'))).toBe('bbc.co.uk');
  });

  it('shows the corpus even before settings load', () => {
    const root = mount(<App pack={PACK} />);
    expect(text(root)).toContain('Loading settings…');
    expect(text(root)).toContain('Test topic');
  });
});
