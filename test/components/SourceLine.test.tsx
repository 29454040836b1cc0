// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import SourceLine from '../../components/SourceLine';
import type { Source } from '../../core/pack/types';
import { get, mount, text, unmountAll } from './dom';
import { PACK } from './fixtures/pack';

afterEach(unmountAll);

function source(id: string): Source {
  const found = PACK.sources.find((s) => s.id === id);
  if (!found) throw new Error(id);
  return found;
}

describe('SourceLine', () => {
  it('shows outlet, author and date separated by dots', () => {
    expect(text(mount(<SourceLine source={source('yonhap-shells-2024-10-18')} />))).toBe(
      'Yonhap · Kim Soo-yeon · 18 Oct 2024',
    );
  });

  it('links the outlet to the source in a new tab without an opener', () => {
    const link = get<HTMLAnchorElement>(mount(<SourceLine source={source('zelenskyy-address-2024-10-31')} />), 'a');
    expect([link.textContent, link.getAttribute('href'), link.target, link.rel]).toEqual([
      'Reuters',
      'https://example.org/reuters/zelenskyy-north-korean-troops',
      '_blank',
      'noopener noreferrer',
    ]);
  });

  it('renders no link when the source has no URL', () => {
    expect(mount(<SourceLine source={source('doran-oped-2024-11-04')} />).querySelector('a')).toBeNull();
  });

  it('never links a non-web URL', () => {
    const unsafe = { ...source('zelenskyy-address-2024-10-31'), url: 'javascript:alert(1)' };
    expect(mount(<SourceLine source={unsafe} />).querySelector('a')).toBeNull();
  });

  it('says "Source unknown" when nothing is known, keeping the claim date', () => {
    expect(text(mount(<SourceLine source={source('unknown-defectors')} date="2024-10-20" />))).toBe(
      'Source unknown · 20 Oct 2024',
    );
  });

  it('says "Source unknown" when the pack has no such source', () => {
    expect(text(mount(<SourceLine source={undefined} />))).toBe('Source unknown');
  });

  it('prefers the given date over the publication date and can hide the author', () => {
    const line = mount(<SourceLine source={source('doran-oped-2024-11-04')} date="2024-11-05" hideAuthor />);
    expect(text(line)).toBe('The Hill · 5 Nov 2024');
    expect(get(line, 'time').getAttribute('datetime')).toBe('2024-11-05');
  });
});
