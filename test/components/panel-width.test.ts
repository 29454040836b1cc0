import { describe, expect, it } from 'vitest';
import { PANEL_WIDTH_MAX, PANEL_WIDTH_MIN } from '../../core/settings/defaults';
import { clampPanelWidth } from '../../components/panel-width';

describe('clampPanelWidth', () => {
  it.each([
    [100, PANEL_WIDTH_MIN],
    [380, 380],
    [412.6, 413],
    [5000, PANEL_WIDTH_MAX],
  ])('clamps %d to %d', (width, expected) => {
    expect(clampPanelWidth(width)).toBe(expected);
  });
});
