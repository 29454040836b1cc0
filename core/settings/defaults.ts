/** Default settings and the bounds every stored value is checked against. */
import type { DisplayPrefs, Settings } from './types';

/** Narrowest side panel, in CSS pixels: below this, claim cards wrap into unreadable columns. */
export const PANEL_WIDTH_MIN = 300;
/** Widest side panel, in CSS pixels: beyond this it covers most of a laptop-sized article column. */
export const PANEL_WIDTH_MAX = 640;
/** Starting side panel width, in CSS pixels: room for a card's quote and source line. */
export const PANEL_WIDTH_DEFAULT = 380;

/**
 * Most site rules kept. Far above what any reader sets by hand; it bounds the work `validateSettings`
 * does on a hostile import (a 10-million-item array) to a few milliseconds.
 */
export const MAX_SITE_RULES = 5000;

/** Global display choices before any site rule. */
export const DEFAULT_DISPLAY_PREFS: Readonly<DisplayPrefs> = Object.freeze({
  hintStyle: 'underline',
  showOn: 'about',
  autoOpenPanel: false,
});

/** Settings on a fresh install. Frozen, so no caller can change the defaults by accident. */
export const DEFAULT_SETTINGS: Settings = Object.freeze({
  defaults: DEFAULT_DISPLAY_PREFS,
  // Frozen at run time; the cast only restores the mutable array type `Settings` declares.
  sites: Object.freeze([]) as unknown as Settings['sites'],
  pause: null,
  panelWidth: PANEL_WIDTH_DEFAULT,
});
