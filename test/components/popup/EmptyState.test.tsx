// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import EmptyState, { SUGGESTED_SEARCHES } from '@/components/popup/EmptyState';
import { button, click, get, mount, text, unmountAll } from '../dom';

afterEach(unmountAll);

describe('EmptyState', () => {
  it.each(SUGGESTED_SEARCHES)('searches for %j when its chip is clicked', (query) => {
    const onQuery = vi.fn();
    const root = mount(<EmptyState claimCount={8} onQuery={onQuery} />);
    click(button(root, query));
    expect(onQuery).toHaveBeenCalledWith(query);
  });

  it('says how many claims it searches', () => {
    const root = mount(<EmptyState claimCount={75} onQuery={() => undefined} />);
    expect(text(get(root, '.nc-popup-empty__intro'))).toContain('75 sourced claims');
  });

  it('describes the search without a count while the pack loads', () => {
    const root = mount(<EmptyState claimCount={null} onQuery={() => undefined} />);
    expect(text(get(root, '.nc-popup-empty__intro'))).toBe(
      'Search the sourced claims by person, place, weapon or figure, in any language.',
    );
  });

  it('shows a message in place of the intro', () => {
    const root = mount(<EmptyState claimCount={75} onQuery={() => undefined} message="Try another spelling." />);
    expect(text(get(root, '.nc-popup-empty__intro'))).toBe('Try another spelling.');
  });

  it('labels the list of suggestions', () => {
    const root = mount(<EmptyState claimCount={75} onQuery={() => undefined} />);
    const list = get(root, 'ul');
    expect(text(get(root, `[id="${list.getAttribute('aria-labelledby')}"]`))).toBe('Try');
  });
});
