// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAMES, hintCss, hintDeclarations } from '../../../platform/highlighter/hint-styles';

describe('hintCss', () => {
  it.each(['highlight', 'underline', 'none'] as const)('has one ::highlight rule per layer for %s', (style) => {
    const names = Object.values(HIGHLIGHT_NAMES).map((name) => `::highlight(${name})`);
    expect(names.every((rule) => hintCss(style).includes(rule))).toBe(true);
  });

  it('underlines with text-decoration in the underline style', () => {
    expect(hintCss('underline')).toContain('text-decoration-line: underline;');
  });

  it('tints the background in the highlight style', () => {
    expect(hintCss('highlight')).toContain('background-color:');
  });

  it('tints instead of underlining where ::highlight() paints no text decorations (Firefox)', () => {
    expect(hintCss('underline', false)).toBe(hintCss('highlight'));
  });

  it('paints nothing in the none style even without text decorations', () => {
    expect(hintCss('none', false)).toBe(hintCss('none'));
  });
});

describe('hintDeclarations', () => {
  it('declares nothing for the none style', () => {
    expect(hintDeclarations('none', 'focus')).toEqual([]);
  });

  it('draws plain mentions dotted and figure mentions solid when underlining', () => {
    const style = (layer: 'plain' | 'figure') =>
      hintDeclarations('underline', layer).find(([property]) => property === 'text-decoration-style')?.[1];
    expect([style('plain'), style('figure')]).toEqual(['dotted', 'solid']);
  });
});
