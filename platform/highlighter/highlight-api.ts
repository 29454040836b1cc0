/**
 * Feature detection for the CSS Custom Highlight API. References are captured once, at startup, and
 * bound: a page that later replaces or deletes `CSS.highlights` / `Highlight` cannot redirect our calls
 * (content scripts normally see their own copies anyway; this also covers odd embedders).
 */

/** The subset of `Highlight` we use. */
export interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
  priority: number;
}

/** `CSS.highlights` and a `Highlight` factory, captured. */
export interface HighlightApi {
  set(name: string, highlight: HighlightLike): void;
  get(name: string): unknown;
  delete(name: string): void;
  createHighlight(): HighlightLike;
}

/** Where to look for the API (a window, or `globalThis`). */
export interface HighlightWindow {
  CSS?: unknown;
  Highlight?: unknown;
}

type Method = (...args: unknown[]) => unknown;

function methodOf(target: unknown, name: string): Method | null {
  if (typeof target !== 'object' || target === null) return null;
  const value: unknown = Reflect.get(target, name);
  return typeof value === 'function' ? (value as Method) : null;
}

/** Captures the Highlight API from `win`, or returns null when any part is missing or unusable. */
export function detectHighlightApi(win: HighlightWindow | null | undefined): HighlightApi | null {
  try {
    const registry: unknown = win?.CSS ? Reflect.get(win.CSS as object, 'highlights') : undefined;
    const Ctor = win?.Highlight;
    const set = methodOf(registry, 'set');
    const get = methodOf(registry, 'get');
    const remove = methodOf(registry, 'delete');
    if (!set || !get || !remove || typeof Ctor !== 'function') return null;
    const HighlightCtor = Ctor as new () => HighlightLike;
    return {
      set: (name, highlight) => void Reflect.apply(set, registry, [name, highlight]),
      get: (name) => Reflect.apply(get, registry, [name]),
      delete: (name) => void Reflect.apply(remove, registry, [name]),
      createHighlight: () => new HighlightCtor(),
    };
  } catch {
    return null;
  }
}
