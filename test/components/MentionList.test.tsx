// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import MentionList from '../../components/MentionList';
import { indexPack } from '../../components/pack-index';
import { click, get, keyDown, mount, unmountAll } from './dom';
import { PACK, REPORT } from './fixtures/pack';

afterEach(unmountAll);

const INDEX = indexPack(PACK);

function mountList(onMentionClick = vi.fn()) {
  return {
    list: mount(<MentionList entities={REPORT.entities} index={INDEX} onMentionClick={onMentionClick} />),
    onMentionClick,
  };
}

describe('MentionList', () => {
  it('names each row with the entity, its count and what the button does', () => {
    const names = [...mountList().list.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual([
      'North Korean troops, 5 mentions, go to next',
      'Kim Jong Un, 3 mentions, go to next',
      'Kursk, 2 mentions, go to next',
      'Artillery shells, 1 mention, go to next',
    ]);
  });

  it('exposes entity id, name and count as data attributes', () => {
    const row = get(mountList().list, '[data-entity-id="kim-jong-un"]');
    expect([row.dataset.entityName, row.dataset.count]).toEqual(['Kim Jong Un', '3']);
  });

  it('calls onMentionClick with the entity id on click', () => {
    const { list, onMentionClick } = mountList();
    click(get(list, '[data-entity-id="kursk"]'));
    expect(onMentionClick).toHaveBeenCalledWith('kursk');
  });

  it('uses real buttons, so Enter and Space work from the keyboard', () => {
    const rows = [...mountList().list.querySelectorAll('[data-entity-id]')];
    expect(rows.every((row) => row.tagName === 'BUTTON' && row.getAttribute('type') === 'button')).toBe(true);
    expect(keyDown(rows[0] as Element, 'Enter')).toBe(false);
  });

  it('skips entities the pack does not know', () => {
    const entities = [{ entityId: 'ghost', count: 2 }, ...REPORT.entities.slice(0, 1)];
    const list = mount(<MentionList entities={entities} index={INDEX} onMentionClick={vi.fn()} />);
    expect(list.querySelectorAll('[data-entity-id]')).toHaveLength(1);
  });

  it('says so when nothing is mentioned', () => {
    expect(mount(<MentionList entities={[]} index={INDEX} onMentionClick={vi.fn()} />).textContent).toBe(
      'No mentions found.',
    );
  });
});
