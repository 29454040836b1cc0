// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import CorpusSection from '../../../components/options/CorpusSection';
import type { Source, TopicPack } from '../../../core/pack/types';
import { get, mount, text, unmountAll } from '../dom';

afterEach(unmountAll);

const KNOWN: Source = {
  id: 'known',
  title: 'Troops arrive in Kursk',
  outlet: 'Example Times',
  author: 'A. Writer',
  published: '2024-10-25',
  url: 'https://example.org/kursk',
  textFile: 'sources/known.txt',
};
const UNKNOWN: Source = {
  id: 'unknown',
  title: 'An op-ed',
  outlet: null,
  author: null,
  published: null,
  url: null,
  textFile: 'x',
};
const SCRIPTED: Source = { ...KNOWN, id: 'scripted', title: 'Scripted link', url: 'javascript:alert(1)' };

const PACK: TopicPack = {
  topic: { id: 't', title: 'A test topic', summary: 'What the pack covers.', version: '1.2.3', updated: '2026-11-22' },
  sources: [KNOWN, UNKNOWN, SCRIPTED],
  entities: [],
  quantities: [],
  claims: [],
};

function rowOf(root: HTMLElement, title: string): string[] {
  const row = [...root.querySelectorAll('tbody tr')].find((tr) => text(get(tr, 'th')) === title);
  if (!row) throw new Error(title);
  return [...row.children].map(text);
}

describe('CorpusSection', () => {
  it('shows the topic title and summary', () => {
    const root = mount(<CorpusSection pack={PACK} />);
    expect(text(get(root, 'h3'))).toBe('A test topic');
    expect(text(root)).toContain('What the pack covers.');
  });

  it('counts claims, sources and entities and shows the version and date', () => {
    const root = mount(<CorpusSection pack={PACK} />);
    const facts = [...root.querySelectorAll('dl > div')].map(
      (pair) => `${text(get(pair, 'dt'))}: ${text(get(pair, 'dd'))}`,
    );
    expect(facts).toEqual(['Claims: 0', 'Sources: 3', 'Entities: 0', 'Version: 1.2.3', 'Updated: 22 Nov 2026']);
  });

  it('lists a source with its outlet, author and date, linking its title', () => {
    const root = mount(<CorpusSection pack={PACK} />);
    expect(rowOf(root, 'Troops arrive in Kursk')).toEqual([
      'Troops arrive in Kursk',
      'Example Times',
      'A. Writer',
      '25 Oct 2024',
    ]);
    expect(get<HTMLAnchorElement>(root, 'tbody a').href).toBe('https://example.org/kursk');
  });

  it('writes "unknown" for each missing detail', () => {
    expect(rowOf(mount(<CorpusSection pack={PACK} />), 'An op-ed')).toEqual([
      'An op-ed',
      'unknown',
      'unknown',
      'unknown',
    ]);
  });

  it('links only web addresses', () => {
    const root = mount(<CorpusSection pack={PACK} />);
    expect([...root.querySelectorAll('tbody a')].map(text)).toEqual(['Troops arrive in Kursk']);
  });

  it('renders text from the pack as text, not markup', () => {
    const pack = { ...PACK, topic: { ...PACK.topic, summary: '<img src=x onerror=alert(1)>' } };
    const root = mount(<CorpusSection pack={pack} />);
    expect(root.querySelector('img')).toBeNull();
    expect(text(root)).toContain('<img src=x onerror=alert(1)>');
  });
});
