/** How hints look: CSS declarations per style and layer, shared by `::highlight()` rules and fallback marks. */
import type { HintStyle } from '../../core/settings/types';

/** The reader's hint style (defined with the settings in core). */
export type { HintStyle };

/** Painted layers: ordinary mentions, mentions of entities that have figures, and the focused mention. */
export type HintLayer = 'plain' | 'figure' | 'focus';

/** Every layer, in painting order (focus last, on top). */
export const HINT_LAYERS: readonly HintLayer[] = ['plain', 'figure', 'focus'];

/** The styles that paint something. */
export type PaintedStyle = Exclude<HintStyle, 'none'>;

/** Every painted style. */
export const PAINTED_STYLES: readonly PaintedStyle[] = ['highlight', 'underline'];

/**
 * Names in `CSS.highlights`, one per style and layer. The rules for every name are in one static
 * stylesheet (see `hintCss`), so switching the style re-registers the highlights under other names
 * and never changes a stylesheet: a stylesheet change restyles the whole document.
 */
export const HIGHLIGHT_NAMES: Readonly<Record<PaintedStyle, Readonly<Record<HintLayer, string>>>> = {
  highlight: { plain: 'news-context', figure: 'news-context-figure', focus: 'news-context-focus' },
  underline: {
    plain: 'news-context-underline',
    figure: 'news-context-underline-figure',
    focus: 'news-context-underline-focus',
  },
};

/**
 * Background tints, translucent so the page's own colours (and dark themes) show through; fainter
 * than the browser's find-in-page highlight so hints never compete with it.
 */
const TINTS: Readonly<Record<HintLayer, string>> = {
  plain: 'rgba(255, 196, 0, 0.28)',
  figure: 'rgba(56, 152, 255, 0.26)',
  focus: 'rgba(255, 140, 0, 0.55)',
};

/** Underline colours: darker than the tints because a 2px line carries less colour than a box. */
const LINES: Readonly<Record<HintLayer, string>> = {
  plain: 'rgba(204, 132, 0, 0.9)',
  figure: 'rgba(30, 110, 220, 0.9)',
  focus: 'rgba(230, 100, 0, 1)',
};

/** Underline thickness: thick enough to read as a hint, thin enough not to look like a link. */
const UNDERLINE_THICKNESS = '2px';

/** A CSS property and its value. */
export type Declaration = readonly [property: string, value: string];

function underline(layer: HintLayer): Declaration[] {
  const declarations: Declaration[] = [
    ['text-decoration-line', 'underline'],
    ['text-decoration-style', layer === 'plain' ? 'dotted' : 'solid'],
    ['text-decoration-color', LINES[layer]],
    ['text-decoration-thickness', UNDERLINE_THICKNESS],
  ];
  if (layer === 'focus') declarations.push(['background-color', TINTS.focus]);
  return declarations;
}

/** The declarations that paint `layer` in `style` (none for 'none'). */
export function hintDeclarations(style: HintStyle, layer: HintLayer): readonly Declaration[] {
  if (style === 'highlight') return [['background-color', TINTS[layer]]];
  if (style === 'underline') return underline(layer);
  return [];
}

/**
 * The `::highlight()` rules of every style and layer: the stylesheet the browser injects into pages
 * (wxt.config.ts) and the one adopted by open shadow roots with hints.
 * @param paintsDecorations false where the engine ignores `text-decoration` in `::highlight()`
 *   (Firefox 140 paints only colours and backgrounds there): underlines would be invisible, so the
 *   underline style falls back to the tint.
 */
export function hintCss(paintsDecorations = true): string {
  return PAINTED_STYLES.flatMap((style) => {
    const painted = style === 'underline' && !paintsDecorations ? 'highlight' : style;
    return HINT_LAYERS.map((layer) => {
      const body = hintDeclarations(painted, layer)
        .map(([property, value]) => `${property}: ${value};`)
        .join(' ');
      return `::highlight(${HIGHLIGHT_NAMES[style][layer]}) { ${body} }`;
    });
  }).join('\n');
}
