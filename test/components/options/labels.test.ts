import { describe, expect, it } from 'vitest';
import {
  HINT_STYLE_DESCRIPTIONS,
  HINT_STYLE_LABELS,
  SHOW_ON_DESCRIPTIONS,
  SHOW_ON_LABELS,
  SHOW_ON_SHORT_LABELS,
  yesNo,
} from '@/components/options/labels';
import { DEFAULT_DISPLAY_PREFS } from '@/core/settings/defaults';
import { HINT_STYLES, SHOW_ON_CHOICES } from '@/core/settings/validate-display-prefs';

describe('HINT_STYLE_LABELS', () => {
  it.each(HINT_STYLES)('names and describes the hint style %s', (style) => {
    expect(HINT_STYLE_LABELS[style]).toMatch(/\S/);
    expect(HINT_STYLE_DESCRIPTIONS[style]).toMatch(/\S/);
  });

  it('covers exactly the hint styles settings accept', () => {
    expect(Object.keys(HINT_STYLE_LABELS).sort()).toEqual([...HINT_STYLES].sort());
  });
});

describe('SHOW_ON_LABELS', () => {
  it.each(SHOW_ON_CHOICES)('names and describes the choice %s', (choice) => {
    expect(SHOW_ON_LABELS[choice]).toMatch(/\S/);
    expect(SHOW_ON_SHORT_LABELS[choice]).toMatch(/\S/);
    expect(SHOW_ON_DESCRIPTIONS[choice]).toMatch(/\S/);
  });

  it('covers exactly the choices settings accept', () => {
    expect(Object.keys(SHOW_ON_LABELS).sort()).toEqual([...SHOW_ON_CHOICES].sort());
  });
});

describe('yesNo', () => {
  it('words the default auto-open choice', () => {
    expect(yesNo(DEFAULT_DISPLAY_PREFS.autoOpenPanel)).toBe('No');
    expect(yesNo(true)).toBe('Yes');
  });
});
