// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeSite } from '@/components/popup/site-changes';
import SiteControls from '@/components/popup/SiteControls';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import { setSiteRule } from '@/core/settings/resolve';
import { click, get, mount, text, unmountAll } from '../dom';

afterEach(unmountAll);

const URL = 'https://news.bbc.co.uk/world/asia';

/** Mounts the controls for `URL` with these settings. */
function mountControls(settings = DEFAULT_SETTINGS) {
  const onChange = vi.fn();
  const root = mount(<SiteControls site={describeSite(URL, settings, 0)} onChange={onChange} />);
  return { root, onChange };
}

/** The radio or checkbox whose label reads `name`. */
function input(root: HTMLElement, name: string): HTMLInputElement {
  const label = [...root.querySelectorAll('label')].find((candidate) => text(candidate).startsWith(name));
  if (!label) throw new Error(`no control labelled "${name}"`);
  return get<HTMLInputElement>(label, 'input');
}

describe('SiteControls', () => {
  it('names the site', () => {
    expect(text(get(mountControls().root, 'h2'))).toBe('news.bbc.co.uk');
  });

  it('turns the site off with the switch', () => {
    const { root, onChange } = mountControls();
    const toggle = get(root, '[role="switch"]');
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    click(toggle);
    expect(onChange).toHaveBeenCalledWith({ kind: 'enabled', value: false });
  });

  it('turns an off site on with the switch', () => {
    const off = setSiteRule(DEFAULT_SETTINGS, { domain: 'bbc.co.uk', includeSubdomains: true, enabled: false });
    const { root, onChange } = mountControls(off);
    click(get(root, '[role="switch"]'));
    expect(onChange).toHaveBeenCalledWith({ kind: 'enabled', value: true });
  });

  it.each([
    ['Highlight', { kind: 'hintStyle', value: 'highlight' }],
    ['None', { kind: 'hintStyle', value: 'none' }],
    ['Any mention', { kind: 'showOn', value: 'passing' }],
    ['Open the panel by itself', { kind: 'autoOpenPanel', value: true }],
    ['Apply to subdomains', { kind: 'includeSubdomains', value: false }],
  ])('reports a click on %j', (name, change) => {
    const { root, onChange } = mountControls();
    click(input(root, name));
    expect(onChange).toHaveBeenCalledWith(change);
  });

  it('checks the choices in force', () => {
    const { root } = mountControls();
    expect([input(root, 'Underline').checked, input(root, 'About the topic').checked]).toEqual([true, true]);
  });

  it('disables the display choices while the site is off', () => {
    const off = setSiteRule(DEFAULT_SETTINGS, { domain: 'bbc.co.uk', includeSubdomains: true, enabled: false });
    const { root } = mountControls(off);
    expect([...root.querySelectorAll('fieldset')].every((fieldset) => fieldset.disabled)).toBe(true);
  });

  it('says what the subdomain choice covers', () => {
    expect(text(mountControls().root)).toContain('Covers bbc.co.uk and every site under it.');
  });

  it('explains itself on pages no site rule can cover', () => {
    const root = mount(<SiteControls site={null} onChange={() => undefined} />);
    expect(text(root)).toContain('Site settings apply to web pages.');
  });

  it('gives the segmented choices a legend', () => {
    const { root } = mountControls();
    expect([...root.querySelectorAll('legend')].map((legend) => text(legend))).toEqual([
      'Hints on the page',
      'Show hints on pages',
    ]);
  });
});
