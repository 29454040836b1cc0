/**
 * The popup's first view as HTML, rendered at build time (wxt.config.ts) into `popup.html`: what
 * `App` renders before anything has loaded, so `mount.tsx` can hydrate it. Rendered by Preact itself
 * into a happy-dom document, so element ids from `useId` come out as `hydrate` expects them. Runs in
 * Node only; nothing here reaches the extension bundle.
 */
import { Window } from 'happy-dom';
import { render } from 'preact';
import PopupView, { type PopupData } from '@/components/popup/PopupView';

/** App's first render: no tab state, settings, corpus or query yet; the Search tab. */
const FIRST_VIEW: PopupData = {
  page: { kind: 'loading' },
  site: null,
  pause: null,
  now: 0,
  tab: 'search',
  query: '',
  results: null,
  index: null,
};

const NO_ACTIONS = {
  onTab: () => undefined,
  onQuery: () => undefined,
  onOpenPanel: () => undefined,
  onSiteChange: () => undefined,
  onPause: () => undefined,
  onResume: () => undefined,
  onOpenOptions: () => undefined,
};

/** One component above the view, as `App` is, so hook ids match. */
function Shell() {
  return <PopupView data={FIRST_VIEW} actions={NO_ACTIONS} />;
}

/** The first view's markup, to go inside `<div id="app">`. */
export function renderPopupShell(): string {
  const window = new Window();
  // happy-dom has no `spellcheck` property, so Preact would drop `spellcheck={false}`; browsers reflect it.
  Object.defineProperty(window.HTMLElement.prototype, 'spellcheck', {
    get(this: Element) {
      return this.getAttribute('spellcheck') !== 'false';
    },
    set(this: Element, value: unknown) {
      this.setAttribute('spellcheck', String(Boolean(value)));
    },
  });
  const globals = globalThis as { document?: unknown };
  const previous = globals.document;
  globals.document = window.document;
  try {
    const root = window.document.createElement('div');
    render(<Shell />, root as unknown as Element);
    // Serialising, at build time, what Preact built node by node (text set as text, so escaped by
    // the serialiser); the view holds only the popup's own labels, no page or corpus text.
    const html = root.innerHTML;
    render(null, root as unknown as Element);
    return html;
  } finally {
    globals.document = previous;
    void window.happyDOM.close();
  }
}
