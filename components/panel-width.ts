/** The side panel's keyboard step and clamping; the bounds are the stored setting's (core/settings/defaults). */
import { PANEL_WIDTH_MAX, PANEL_WIDTH_MIN } from '../core/settings/defaults';

/** Width change per arrow key press, px (Shift: four times as much). */
export const PANEL_RESIZE_STEP = 16;

/** Clamps a width into the stored setting's bounds, whole pixels. */
export function clampPanelWidth(width: number): number {
  return Math.round(Math.max(PANEL_WIDTH_MIN, Math.min(width, PANEL_WIDTH_MAX)));
}
