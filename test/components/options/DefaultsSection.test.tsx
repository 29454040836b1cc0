// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import DefaultsSection, { type DefaultsSectionProps } from '../../../components/options/DefaultsSection';
import { get, mount, text, unmountAll } from '../dom';
import { click } from '../dom';

afterEach(unmountAll);

function renderDefaults(overrides: Partial<DefaultsSectionProps> = {}) {
  const props: DefaultsSectionProps = {
    defaults: { hintStyle: 'underline', showOn: 'about', autoOpenPanel: false },
    pause: null,
    now: 1_000_000,
    onChange: vi.fn(),
    onPause: vi.fn(),
    onResume: vi.fn(),
    ...overrides,
  };
  return { root: mount(<DefaultsSection {...props} />), props };
}

describe('DefaultsSection', () => {
  it('groups each choice in a fieldset with a legend', () => {
    const legends = [...renderDefaults().root.querySelectorAll('fieldset > legend')].map(text);
    expect(legends).toEqual(['Hint style', 'Show hints on', 'Side panel', 'Pause']);
  });

  it('checks the radio buttons of the current choices', () => {
    const { root } = renderDefaults({ defaults: { hintStyle: 'none', showOn: 'passing', autoOpenPanel: true } });
    const checked = [...root.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.id);
    expect(checked).toEqual(['nc-hint-style-none', 'nc-show-on-passing', 'nc-auto-open']);
  });

  it('reports a new hint style', () => {
    const { root, props } = renderDefaults();
    click(get(root, '#nc-hint-style-highlight'));
    expect(props.onChange).toHaveBeenCalledWith({ hintStyle: 'highlight' });
  });

  it('reports a new "show on" choice', () => {
    const { root, props } = renderDefaults();
    click(get(root, '#nc-show-on-passing'));
    expect(props.onChange).toHaveBeenCalledWith({ showOn: 'passing' });
  });

  it('reports the auto-open checkbox', () => {
    const { root, props } = renderDefaults();
    click(get(root, '#nc-auto-open'));
    expect(props.onChange).toHaveBeenCalledWith({ autoOpenPanel: true });
  });

  it('describes each radio button', () => {
    const radio = get(renderDefaults().root, '#nc-hint-style-none');
    const description = get(document, `#${radio.getAttribute('aria-describedby') ?? ''}`);
    expect(text(description)).toContain('the side panel still lists what was found');
  });
});
