// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAMES, hintCss, hintDeclarations, PAINTED_STYLES } from '../../../platform/highlighter/hint-styles';

/** The declarations of the rule for `name` in `css`. */
function ruleFor(css: string, name: string): string | undefined {
  return css.split('\n').find((rule) => rule.startsWith(`::highlight(${name}) `));
}

describe('hintCss', () => {
  it.each(PAINTED_STYLES)('has one ::highlight rule per layer for %s', (style) => {
    const css = hintCss();
    expect(Object.values(HIGHLIGHT_NAMES[style]).map((name) => ruleFor(css, name) !== undefined)).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('gives every name its own rule', () => {
    const names = PAINTED_STYLES.flatMap((style) => Object.values(HIGHLIGHT_NAMES[style]));
    expect(new Set(names).size).toBe(names.length);
    expect(hintCss().split('\n')).toHaveLength(names.length);
  });

  it('underlines with text-decoration in the underline style', () => {
    expect(ruleFor(hintCss(), HIGHLIGHT_NAMES.underline.plain)).toContain('text-decoration-line: underline;');
  });

  it('tints the background in the highlight style', () => {
    expect(ruleFor(hintCss(), HIGHLIGHT_NAMES.highlight.plain)).toContain('background-color:');
  });

  it('tints instead of underlining where ::highlight() paints no text decorations (Firefox)', () => {
    const css = hintCss(false);
    expect(ruleFor(css, HIGHLIGHT_NAMES.underline.figure)?.replace('-underline', '')).toBe(
      ruleFor(css, HIGHLIGHT_NAMES.highlight.figure),
    );
    expect(css).not.toContain('text-decoration');
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
