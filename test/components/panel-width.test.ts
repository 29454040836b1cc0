import { describe, expect, it } from 'vitest';
import { PANEL_MAX_WIDTH, PANEL_MIN_WIDTH, clampPanelWidth } from '../../components/panel-width';

describe('clampPanelWidth', () => {
  it.each([
    [100, PANEL_MIN_WIDTH],
    [380, 380],
    [412.6, 413],
    [5000, PANEL_MAX_WIDTH],
  ])('clamps %d to %d', (width, expected) => {
    expect(clampPanelWidth(width)).toBe(expected);
  });
});
