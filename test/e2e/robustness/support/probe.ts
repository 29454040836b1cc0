/**
 * The test's eyes inside each page, installed with `page.addInitScript` so it runs before the page's own
 * scripts: it captures the builtins it needs first, so a page that later patches `Array.prototype`,
 * `Node.prototype` or deletes `window.CSS` cannot blind it. It records long tasks from the start and
 * reads snapshots and painted hints on demand. Every reader returns a JSON string, so nothing the page patched is needed to pass it back.
 */
import type { Page } from 'playwright-core';
import { HIGHLIGHT_NAMES } from '../../../harness/reader';

/** A main-thread task over 50 ms. */
export interface LongTask {
  start: number;
  duration: number;
}

/** What a reader sees and what a form holds, hashed where large. */
export interface PageSnapshot {
  text: string;
  values: string[];
  editors: string[];
}

/** One painted range: its text, where it lies, whether it has a box on screen. */
export interface ProbedHint {
  text: string;
  /** The id of the nearest element with one, in the range's own tree ('' if none). */
  container: string;
  inShadow: boolean;
  /** In a closed shadow root (its host's `shadowRoot` reads null). */
  inClosedShadow: boolean;
  inEditor: boolean;
  inSvg: boolean;
  visible: boolean;
}

/** Everything the probe exposes on `window.__ncProbe`. */
interface ProbeApi {
  snapshot(): string;
  hints(): string;
  /** How many ranges are painted: cheap (no layout), for polling. */
  hintCount(): string;
  longTasks(): string;
}

type ProbeParts = Partial<ProbeApi>;

/*
 * The installers below run in the page (serialised by Playwright), so none may use anything from
 * module scope; each captures the builtins it needs before the page's own scripts run.
 */

/** Records every long task from the start of the page. */
function installTaskRecorder(probe: ProbeParts): void {
  const stringify = JSON.stringify;
  const tasks: LongTask[] = [];
  new PerformanceObserver((entries) => {
    const list = entries.getEntries();
    for (let i = 0; i < list.length; i++) {
      const entry = list[i] as PerformanceEntry;
      tasks[tasks.length] = { start: entry.startTime, duration: entry.duration };
    }
  }).observe({ type: 'longtask', buffered: true });
  probe.longTasks = () => stringify(tasks);
}

/** Reads what the reader sees (body text) and what forms and editors hold, hashed. */
function installSnapshotReader(probe: ProbeParts): void {
  const apply = Reflect.apply;
  const stringify = JSON.stringify;
  const getter = (proto: object, name: string) => Object.getOwnPropertyDescriptor(proto, name)?.get as () => unknown;
  const [innerText, outerHTML] = [getter(HTMLElement.prototype, 'innerText'), getter(Element.prototype, 'outerHTML')];
  const [inputValue, areaValue] = [
    getter(HTMLInputElement.prototype, 'value'),
    getter(HTMLTextAreaElement.prototype, 'value'),
  ];
  const selectAll = Element.prototype.querySelectorAll;
  const hash = (text: string): string => {
    let h = 2166136261;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
    return `${h.toString(16)}:${text.length}`;
  };
  const read = (selector: string, value: (el: Element) => string, into: string[]) => {
    const found = apply(selectAll, document.documentElement, [selector]) as NodeListOf<Element>;
    for (let i = 0; i < found.length; i++) into[into.length] = value(found[i] as Element);
  };
  probe.snapshot = () => {
    const snapshot: PageSnapshot = { text: 'no body', values: [], editors: [] };
    read('input', (el) => String(apply(inputValue, el, [])), snapshot.values);
    read('textarea', (el) => String(apply(areaValue, el, [])), snapshot.values);
    read('[contenteditable]', (el) => hash(String(apply(outerHTML, el, []))), snapshot.editors);
    if (document.body) snapshot.text = hash(String(apply(innerText, document.body, [])));
    return stringify(snapshot);
  };
}

/** Returns a describer of one range: its text and where it lies (its tree, editors, SVG, the nearest id). */
function createRangeDescriber(): (range: Range) => ProbedHint {
  const apply = Reflect.apply;
  const getter = (proto: object, name: string) => Object.getOwnPropertyDescriptor(proto, name)?.get as () => unknown;
  const [closest, rootOf, parentOf] = [
    Element.prototype.closest,
    Node.prototype.getRootNode,
    getter(Node.prototype, 'parentElement'),
  ];
  const [rangeText, rangeRects] = [Range.prototype.toString, Range.prototype.getClientRects];
  const startOf = getter(AbstractRange.prototype, 'startContainer');
  const ShadowRootCtor = ShadowRoot;
  return (range) => {
    const start = apply(startOf, range, []) as Node;
    const el = (start.nodeType === 1 ? start : apply(parentOf, start, [])) as Element | null;
    const near = (selector: string) => el !== null && apply(closest, el, [selector]) !== null;
    const root = apply(rootOf, start, []) as Node;
    const holder = el === null ? null : (apply(closest, el, ['[id]']) as Element | null);
    return {
      text: String(apply(rangeText, range, [])),
      container: holder === null ? '' : holder.id,
      inShadow: root instanceof ShadowRootCtor,
      inClosedShadow: root instanceof ShadowRootCtor && (root as ShadowRoot).host.shadowRoot === null,
      inEditor: near('[contenteditable]:not([contenteditable="false"]), input, textarea'),
      inSvg: near('svg'),
      visible: (apply(rangeRects, range, []) as DOMRectList).length > 0,
    };
  };
}

/** Reads the extension's painted ranges from the registry captured before the page could delete `CSS`. */
function installHintReader(probe: ProbeParts, describe: (range: Range) => ProbedHint, names: readonly string[]): void {
  const apply = Reflect.apply;
  const stringify = JSON.stringify;
  const registry = typeof CSS === 'object' ? CSS.highlights : undefined;
  const registryGet = registry ? Object.getPrototypeOf(registry).get : undefined;
  const forEachRange = Highlight.prototype.forEach;
  const sizeOf = Object.getOwnPropertyDescriptor(Highlight.prototype, 'size')?.get as () => number;
  const eachHighlight = (fn: (highlight: object) => void) => {
    for (let i = 0; i < names.length; i++) {
      const highlight = registry && registryGet ? apply(registryGet, registry, [names[i]]) : undefined;
      if (highlight) fn(highlight as object);
    }
  };
  probe.hints = () => {
    const found: ProbedHint[] = [];
    const collect = (range: Range) => (found[found.length] = describe(range));
    eachHighlight((highlight) => apply(forEachRange, highlight, [collect]));
    return stringify(found);
  };
  probe.hintCount = () => {
    let count = 0;
    eachHighlight((highlight) => (count += apply(sizeOf, highlight, [])));
    return stringify(count);
  };
}

/**
 * Installs the probe in every frame of pages opened in `page`, before their scripts run. Passed as
 * source: the test's transpiler may wrap named functions in a `__name` helper the page does not have.
 */
export async function addProbe(page: Page): Promise<void> {
  const content = `(() => {
    if (window.__ncProbe) return;
    const __name = (f) => f;
    const probe = {};
    (${installTaskRecorder.toString()})(probe);
    (${installSnapshotReader.toString()})(probe);
    (${installHintReader.toString()})(probe, (${createRangeDescriber.toString()})(), ${JSON.stringify(HIGHLIGHT_NAMES)});
    Object.defineProperty(window, '__ncProbe', { value: probe, enumerable: false });
  })();`;
  await page.addInitScript({ content });
}

type ProbeMethod = keyof ProbeApi;

/** Calls one probe reader in the page's main frame and parses its JSON. */
export async function readProbe<T>(page: Page, method: ProbeMethod): Promise<T> {
  const json = await page.evaluate(
    (name) => (window as unknown as { __ncProbe: Record<string, () => string> }).__ncProbe[name]!(),
    method,
  );
  return JSON.parse(json) as T;
}
