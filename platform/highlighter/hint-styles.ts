/** How hints look: CSS declarations per style and layer, shared by `::highlight()` rules and fallback marks. */
import type { HintStyle } from '../../core/settings/types';

/** The reader's hint style (defined with the settings in core). */
export type { HintStyle };

/** Painted layers: ordinary mentions, mentions of entities that have figures, and the focused mention. */
export type HintLayer = 'plain' | 'figure' | 'focus';

/** Every layer, in painting order (focus last, on top). */
export const HINT_LAYERS: readonly HintLayer[] = ['plain', 'figure', 'focus'];

/** Names in `CSS.highlights`, one per layer. */
export const HIGHLIGHT_NAMES: Readonly<Record<HintLayer, string>> = {
  plain: 'news-context',
  figure: 'news-context-figure',
  focus: 'news-context-focus',
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
 * The `::highlight()` rules for `style`, for a stylesheet in the painted document.
 * @param paintsDecorations false where the engine ignores `text-decoration` in `::highlight()`
 *   (Firefox 140 paints only colours and backgrounds there): underlines would be invisible, so the
 *   underline style falls back to the tint.
 */
export function hintCss(style: HintStyle, paintsDecorations = true): string {
  const painted = style === 'underline' && !paintsDecorations ? 'highlight' : style;
  return HINT_LAYERS.map((layer) => {
    const body = hintDeclarations(painted, layer)
      .map(([property, value]) => `${property}: ${value};`)
      .join(' ');
    return `::highlight(${HIGHLIGHT_NAMES[layer]}) { ${body} }`;
  }).join('\n');
}
