/**
 * Detects same-document (SPA) navigations without patching `history`: a content script runs in an
 * isolated world, where wrapping `history.pushState` would never see the page's own calls. Sources:
 * the Navigation API's `navigatesuccess` where available, `popstate`, and `check()`, which the
 * scheduler calls on every mutation batch (an SPA re-renders after `pushState`). The fragment is
 * ignored: jumping to an in-page anchor is not a new page.
 */

/** What the watch needs from a window. */
export interface NavigationWindow {
  location: { href: string };
  navigation?: unknown;
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

/** Watches for URL changes; `check()` compares now. */
export interface NavigationWatch {
  /** Compares the URL with the last one seen; true (and reports) if it changed. */
  check(): boolean;
  stop(): void;
}

function pageUrl(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

function navigationTarget(navigation: unknown): EventTarget | null {
  if (typeof navigation !== 'object' || navigation === null) return null;
  const add: unknown = Reflect.get(navigation, 'addEventListener');
  return typeof add === 'function' ? (navigation as EventTarget) : null;
}

/** Calls `onNavigate(url)` whenever the page URL (without fragment) changes. */
export function watchNavigation(win: NavigationWindow, onNavigate: (url: string) => void): NavigationWatch {
  let last = pageUrl(win.location.href);
  const check = (): boolean => {
    const url = pageUrl(win.location.href);
    if (url === last) return false;
    last = url;
    onNavigate(url);
    return true;
  };
  const listener = (): void => void check();
  const navigation = navigationTarget(win.navigation);
  win.addEventListener('popstate', listener);
  navigation?.addEventListener('navigatesuccess', listener);
  return {
    check,
    stop() {
      win.removeEventListener('popstate', listener);
      navigation?.removeEventListener('navigatesuccess', listener);
    },
  };
}
