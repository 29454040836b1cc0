// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import Highlighted from '@/components/popup/Highlighted';
import { mount, unmountAll } from '../dom';

afterEach(unmountAll);

describe('Highlighted', () => {
  it('wraps matched ranges in mark elements', () => {
    const root = mount(
      <Highlighted
        text="11,000 North Korean soldiers in Kursk"
        ranges={[
          [0, 5],
          [32, 36],
        ]}
      />,
    );
    expect([...root.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['11,000', 'Kursk']);
  });

  it('keeps the full text', () => {
    const root = mount(<Highlighted text="Kim Jong Un" ranges={[[0, 2]]} />);
    expect(root.textContent).toBe('Kim Jong Un');
  });

  it('renders markup in the text as text, never as HTML', () => {
    const root = mount(<Highlighted text="<b>Kursk</b>" ranges={[[3, 7]]} />);
    expect([root.querySelector('b'), root.textContent]).toEqual([null, '<b>Kursk</b>']);
  });

  it('shortens long text around the first match', () => {
    const long = `${'word '.repeat(40)}Kursk${' more'.repeat(40)}`;
    const start = long.indexOf('Kursk');
    const root = mount(<Highlighted text={long} ranges={[[start, start + 4]]} maxChars={60} />);
    expect(root.textContent?.length).toBeLessThan(70);
    expect(root.querySelector('mark')?.textContent).toBe('Kursk');
  });
});
