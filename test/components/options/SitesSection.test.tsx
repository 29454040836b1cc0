// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import SitesSection, { type SitesSectionProps } from '../../../components/options/SitesSection';
import type { DisplayPrefs, SiteRule } from '../../../core/settings/types';
import { button, click, get, mount, text, unmountAll } from '../dom';
import { byLabel, choose } from './events';

afterEach(unmountAll);

const DEFAULTS: DisplayPrefs = { hintStyle: 'underline', showOn: 'about', autoOpenPanel: false };
const BBC: SiteRule = { domain: 'bbc.co.uk', includeSubdomains: true, enabled: false, hintStyle: 'highlight' };
const CNN: SiteRule = { domain: 'cnn.com', includeSubdomains: false, enabled: true };

function renderSites(overrides: Partial<SitesSectionProps> = {}) {
  const props: SitesSectionProps = {
    sites: [BBC, CNN],
    defaults: DEFAULTS,
    onChange: vi.fn(),
    onRemove: vi.fn(),
    onAdd: vi.fn(),
    onResetAll: vi.fn(),
    ...overrides,
  };
  return { root: mount(<SitesSection {...props} />), props };
}

describe('SitesSection', () => {
  it('lists one row per rule with its domain and switches', () => {
    const { root } = renderSites();
    const rows = [...root.querySelectorAll('tbody tr')];
    expect(rows.map((row) => text(get(row, 'th')))).toEqual(['bbc.co.uk', 'cnn.com']);
    expect(byLabel<HTMLInputElement>(root, 'Show News Context on bbc.co.uk').checked).toBe(false);
    expect(byLabel<HTMLInputElement>(root, 'Include subdomains of cnn.com').checked).toBe(false);
  });

  it("names the global choice in each select's default option", () => {
    const select = byLabel<HTMLSelectElement>(renderSites().root, 'Hint style on cnn.com');
    expect(select.options[0]?.textContent).toBe('Default (Underline)');
    expect(select.value).toBe('');
  });

  it('says so when there are no rules and disables the reset', () => {
    const { root } = renderSites({ sites: [] });
    expect(text(root)).toContain('No site rules yet.');
    expect(root.querySelector('table')).toBeNull();
    expect(button(root, 'Remove all site rules…').disabled).toBe(true);
  });

  it('reports a switched rule as a whole changed rule', () => {
    const { root, props } = renderSites();
    click(byLabel(root, 'Show News Context on bbc.co.uk'));
    expect(props.onChange).toHaveBeenCalledWith({ ...BBC, enabled: true });
  });

  it('reports a chosen display choice', () => {
    const { root, props } = renderSites();
    choose(byLabel(root, 'Show hints on cnn.com'), 'passing');
    expect(props.onChange).toHaveBeenCalledWith({ ...CNN, showOn: 'passing' });
  });

  it('removes the choice from the rule when "Default" is chosen', () => {
    const { root, props } = renderSites();
    choose(byLabel(root, 'Hint style on bbc.co.uk'), '');
    expect(props.onChange).toHaveBeenCalledWith({ domain: 'bbc.co.uk', includeSubdomains: true, enabled: false });
  });

  it('reports auto-open as a boolean', () => {
    const { root, props } = renderSites();
    choose(byLabel(root, 'Open the panel automatically on cnn.com'), 'yes');
    expect(props.onChange).toHaveBeenCalledWith({ ...CNN, autoOpenPanel: true });
  });

  it('removes a rule by its domain', () => {
    const { root, props } = renderSites();
    click(button(root, 'Remove the rule for cnn.com'));
    expect(props.onRemove).toHaveBeenCalledWith('cnn.com');
  });

  it('resets all rules only after confirmation', () => {
    const { root, props } = renderSites();
    click(button(root, 'Remove all site rules…'));
    expect(text(root)).toContain('Remove all 2 site rules? This cannot be undone.');
    expect(props.onResetAll).not.toHaveBeenCalled();
    click(button(root, 'Remove all'));
    expect(props.onResetAll).toHaveBeenCalledOnce();
  });

  it('keeps the rules when the reset is cancelled', () => {
    const { root, props } = renderSites();
    click(button(root, 'Remove all site rules…'));
    click(button(root, 'Cancel'));
    expect(props.onResetAll).not.toHaveBeenCalled();
    expect(button(root, 'Remove all site rules…')).toBeTruthy();
  });
});
