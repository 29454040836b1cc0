// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ClaimSearch from '../../components/ClaimSearch';
import { indexPack } from '../../components/pack-index';
import type { Claim } from '../../core/pack/types';
import { get, keyDown, mount, text, unmountAll } from './dom';
import { PACK } from './fixtures/pack';

afterEach(unmountAll);

const INDEX = indexPack(PACK);

function mountSearch(query: string, results: Claim[] = []) {
  const onQuery = vi.fn();
  const root = mount(<ClaimSearch query={query} results={results} index={INDEX} onQuery={onQuery} />);
  return { root, input: get<HTMLInputElement>(root, 'input'), onQuery };
}

describe('ClaimSearch', () => {
  it('labels the search field', () => {
    const { root, input } = mountSearch('');
    expect(text(get(root, `label[for="${input.id}"]`))).toBe('Search the sources');
  });

  it('shows the query it is given', () => {
    expect(mountSearch('shells').input.value).toBe('shells');
  });

  it('reports typing through onQuery', () => {
    const { input, onQuery } = mountSearch('');
    input.value = 'kursk';
    act(() => {
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(onQuery).toHaveBeenCalledWith('kursk');
  });

  it('clears a query on Escape', () => {
    const { input, onQuery } = mountSearch('kursk');
    keyDown(input, 'Escape');
    expect(onQuery).toHaveBeenCalledWith('');
  });

  it('lets Escape through when the query is already empty', () => {
    const { root, input, onQuery } = mountSearch('');
    const outer = vi.fn();
    root.addEventListener('keydown', outer);
    keyDown(input, 'Escape');
    expect([onQuery.mock.calls.length, outer.mock.calls.length]).toEqual([0, 1]);
  });

  it('announces the number of results in a status region', () => {
    const { root } = mountSearch('troops', PACK.claims.slice(0, 2));
    expect(text(get(root, '[role="status"]'))).toBe('2 claims found');
  });

  it('lists the results as claim items', () => {
    const { root } = mountSearch('troops', PACK.claims.slice(0, 2));
    const ids = [...root.querySelectorAll<HTMLElement>('[data-claim-id]')].map((c) => c.dataset.claimId);
    expect(ids).toEqual([PACK.claims[0]?.id, PACK.claims[1]?.id]);
  });

  it('shows no results and an empty status without a query', () => {
    const { root } = mountSearch('  ', PACK.claims);
    expect([root.querySelectorAll('[data-claim-id]').length, text(get(root, '[role="status"]'))]).toEqual([0, '']);
  });
});
