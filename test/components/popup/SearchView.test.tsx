// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexPack } from '@/components/pack-index';
import SearchView from '@/components/popup/SearchView';
import { buildSearchIndex, searchCorpus } from '@/core/search/search-corpus';
import { button, click, get, keyDown, mount, rerender, text, unmountAll } from '../dom';
import { FIXTURE_PACK } from './fixtures/pack';

afterEach(unmountAll);

const INDEX = indexPack(FIXTURE_PACK);
const SEARCH = buildSearchIndex(FIXTURE_PACK);

/** Mounts the search with real results for `query`. */
function mountSearch(query: string) {
  const onQuery = vi.fn();
  const root = mount(
    <SearchView query={query} results={searchCorpus(SEARCH, query)} index={INDEX} onQuery={onQuery} />,
  );
  return { root, input: get<HTMLInputElement>(root, '[role="combobox"]'), onQuery };
}

/** The option `aria-activedescendant` points at. */
function activeOption(root: HTMLElement, input: HTMLInputElement): HTMLElement {
  return get(root, `[id="${input.getAttribute('aria-activedescendant')}"]`);
}

describe('SearchView', () => {
  it('marks the matched words in each result', () => {
    const { root } = mountSearch('Kursk');
    const marks = [...root.querySelectorAll('[role="option"] mark')].map((mark) => mark.textContent);
    expect(marks).toContain('Kursk');
  });

  it('heads each group with its entity or quantity', () => {
    const { root } = mountSearch('shells');
    expect(text(get(root, '[role="group"]'))).toContain('Artillery shells North Korea supplied to Russia');
  });

  it('labels each group by its heading', () => {
    const { root } = mountSearch('shells');
    const group = get(root, '[role="group"]');
    expect(get(root, `[id="${group.getAttribute('aria-labelledby')}"]`).textContent).toContain('Artillery shells');
  });

  it('makes the first result active', () => {
    const { root, input } = mountSearch('North Korean troops');
    expect(activeOption(root, input).getAttribute('aria-selected')).toBe('true');
    expect(root.querySelectorAll('[role="option"]')[0]).toBe(activeOption(root, input));
  });

  it('moves the active result down and up with the arrow keys', () => {
    const { root, input } = mountSearch('North Korean troops');
    const options = [...root.querySelectorAll('[role="option"]')];
    keyDown(input, 'ArrowDown');
    keyDown(input, 'ArrowDown');
    expect(activeOption(root, input)).toBe(options[2]);
    keyDown(input, 'ArrowUp');
    expect(activeOption(root, input)).toBe(options[1]);
  });

  it('stops at the last result', () => {
    const { root, input } = mountSearch('Kursk');
    const options = [...root.querySelectorAll('[role="option"]')];
    for (let i = 0; i < options.length + 3; i += 1) keyDown(input, 'ArrowDown');
    expect(activeOption(root, input)).toBe(options.at(-1));
  });

  it('opens the active result on Enter', () => {
    const { root, input } = mountSearch('North Korean troops');
    keyDown(input, 'ArrowDown');
    const statement = text(get(root, '[aria-selected="true"] .nc-popup-option__statement'));
    keyDown(input, 'Enter');
    expect(text(get(root, 'article h2'))).toBe(statement);
  });

  it('opens a result on click', () => {
    const { root } = mountSearch('Kursk');
    act(() => get(root, '[role="option"]').click());
    expect(root.querySelector('article')).not.toBeNull();
  });

  it('goes back to the results on Escape', () => {
    const { root, input } = mountSearch('Kursk');
    keyDown(input, 'Enter');
    expect(keyDown(get(root, 'article'), 'Escape')).toBe(true);
    expect([root.querySelector('article'), root.querySelectorAll('[role="option"]').length > 0]).toEqual([null, true]);
  });

  it('goes back to the results with the Back button', () => {
    const { root, input } = mountSearch('Kursk');
    keyDown(input, 'Enter');
    act(() => button(root, 'Back to results').click());
    expect(root.querySelector('article')).toBeNull();
  });

  it('clears the query on Escape in the search box', () => {
    const { input, onQuery } = mountSearch('Kursk');
    keyDown(input, 'Escape');
    expect(onQuery).toHaveBeenCalledWith('');
  });

  it('lets Escape through (closing the popup) when there is nothing to undo', () => {
    const { input } = mountSearch('');
    expect(keyDown(input, 'Escape')).toBe(false);
  });

  it('suggests searches while the query is empty', () => {
    const { root } = mountSearch('');
    expect(root.querySelectorAll('.nc-popup-chip').length).toBeGreaterThan(0);
  });

  it('says when no claim has every word', () => {
    const { root } = mountSearch('Kursk Reuters');
    expect(text(get(root, '[role="status"]'))).toContain('none has them all');
  });

  it('says when nothing matches, and suggests searches', () => {
    const { root } = mountSearch('Reuters');
    expect(text(get(root, '[role="status"]'))).toBe('No claims match “Reuters”.');
    expect(root.querySelector('.nc-popup-chip')).not.toBeNull();
  });

  it('asks for more letters when no word is long enough', () => {
    const { root } = mountSearch('ki');
    expect(text(get(root, '[role="status"]'))).toContain('Keep typing');
  });

  it('shows a matched entity no claim is about, with its description', () => {
    const { root } = mountSearch('Kyiv');
    expect(text(get(root, '.nc-popup-note'))).toContain('Capital of Ukraine.');
  });

  it('says the sources are loading while results are not ready', () => {
    const root = mount(<SearchView query="Kursk" results={null} index={INDEX} onQuery={() => undefined} />);
    expect(text(get(root, '[role="status"]'))).toBe('Loading the sources…');
  });

  it('shows the search box and the suggestions before the pack has loaded', () => {
    const onQuery = vi.fn();
    const root = mount(<SearchView query="" results={null} index={null} onQuery={onQuery} />);
    expect(root.querySelector('[role="combobox"]')).not.toBeNull();
    click(button(root, 'Kursk'));
    expect(onQuery).toHaveBeenCalledWith('Kursk');
  });

  it('keeps a query typed before the pack has loaded, saying the sources are loading', () => {
    const root = mount(<SearchView query="Kursk" results={null} index={null} onQuery={() => undefined} />);
    expect(get<HTMLInputElement>(root, '[role="combobox"]').value).toBe('Kursk');
    expect(text(get(root, '[role="status"]'))).toBe('Loading the sources…');
  });

  it('makes the first result active again when the results change', () => {
    const { root, input } = mountSearch('North Korean troops');
    keyDown(input, 'ArrowDown');
    rerender(
      root,
      <SearchView query="Kursk" results={searchCorpus(SEARCH, 'Kursk')} index={INDEX} onQuery={() => undefined} />,
    );
    expect(activeOption(root, input)).toBe(root.querySelectorAll('[role="option"]')[0]);
  });

  it('points the combobox at the listbox it controls', () => {
    const { root, input } = mountSearch('Kursk');
    expect(get(root, '[role="listbox"]').id).toBe(input.getAttribute('aria-controls'));
    expect(input.getAttribute('aria-expanded')).toBe('true');
  });
});
