import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CSS = readFileSync(resolve(import.meta.dirname, '../../components/tokens.css'), 'utf8');

/** WCAG AA minimum for body text. */
const AA_TEXT = 4.5;
/** WCAG AA minimum for focus rings and other non-text contrast. */
const AA_NON_TEXT = 3;

/** The `--nc-color-*` hex values declared in a CSS block. */
function readColours(block: string): Map<string, string> {
  const colours = new Map<string, string>();
  for (const match of block.matchAll(/(--nc-[\w-]+):\s*(#[0-9a-f]{6});/gi)) {
    colours.set(match[1] ?? '', match[2] ?? '');
  }
  return colours;
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

const darkStart = CSS.indexOf('@media (prefers-color-scheme: dark)');
const light = readColours(CSS.slice(0, darkStart));
const dark = new Map([...light, ...readColours(CSS.slice(darkStart, CSS.indexOf('@media (prefers-reduced-motion')))]);

const CERTAINTIES = ['confirmed', 'estimate', 'reported', 'unverified', 'opinion'];
const TEXT_PAIRS: [string, string][] = [
  ['--nc-color-text', '--nc-color-bg'],
  ['--nc-color-text', '--nc-color-surface'],
  ['--nc-color-text-muted', '--nc-color-bg'],
  ['--nc-color-text-muted', '--nc-color-surface'],
  ['--nc-color-text-muted', '--nc-color-surface-hover'],
  ['--nc-color-accent', '--nc-color-bg'],
  ['--nc-color-accent', '--nc-color-surface'],
  ['--nc-color-accent', '--nc-color-accent-soft'],
  ['--nc-color-accent-hover', '--nc-color-bg'],
  ['--nc-color-on-accent', '--nc-color-accent'],
  ['--nc-color-on-accent', '--nc-color-accent-hover'],
  ...CERTAINTIES.map((c): [string, string] => [`--nc-certainty-${c}-fg`, `--nc-certainty-${c}-bg`]),
];
const NON_TEXT_PAIRS: [string, string][] = [
  ['--nc-color-focus', '--nc-color-bg'],
  ['--nc-color-focus', '--nc-color-surface'],
  ['--nc-color-control-border', '--nc-color-bg'],
  ['--nc-color-control-border', '--nc-color-surface'],
];

describe('tokens.css', () => {
  it.each(['light', 'dark'] as const)('declares every colour the contrast checks need in the %s theme', (theme) => {
    const colours = theme === 'light' ? light : dark;
    const missing = [...TEXT_PAIRS, ...NON_TEXT_PAIRS].flat().filter((name) => !colours.has(name));
    expect(missing).toEqual([]);
  });

  it.each(TEXT_PAIRS.flatMap(([fg, bg]) => [['light', fg, bg] as const, ['dark', fg, bg] as const]))(
    'gives %s text %s on %s at least 4.5:1',
    (theme, fg, bg) => {
      const colours = theme === 'light' ? light : dark;
      expect(contrast(colours.get(fg) ?? '#000000', colours.get(bg) ?? '#000000')).toBeGreaterThanOrEqual(AA_TEXT);
    },
  );

  it.each(NON_TEXT_PAIRS.flatMap(([fg, bg]) => [['light', fg, bg] as const, ['dark', fg, bg] as const]))(
    'gives the %s control edge %s on %s at least 3:1',
    (theme, fg, bg) => {
      const colours = theme === 'light' ? light : dark;
      expect(contrast(colours.get(fg) ?? '#000000', colours.get(bg) ?? '#000000')).toBeGreaterThanOrEqual(AA_NON_TEXT);
    },
  );

  it('uses no rem or em units, so the host page font-size cannot leak in', () => {
    expect(CSS).not.toMatch(/\d(r?em)\b/);
  });
});
