/** The side panel's width limits, shared by the resize handle and the integrator (stored `panelWidth`). */

/** Narrowest panel, px: claims stay readable at about 40 characters a line. */
export const PANEL_MIN_WIDTH = 300;
/** Widest panel, px: beyond this it mostly hides the article. */
export const PANEL_MAX_WIDTH = 640;
/** Width change per arrow key press, px (Shift: four times as much). */
export const PANEL_RESIZE_STEP = 16;

/** Clamps a width into [PANEL_MIN_WIDTH, PANEL_MAX_WIDTH]. */
export function clampPanelWidth(width: number): number {
  return Math.round(Math.max(PANEL_MIN_WIDTH, Math.min(width, PANEL_MAX_WIDTH)));
}

/** Width before the reader resizes the panel, px. */
export const PANEL_DEFAULT_WIDTH = 380;
