/**
 * The HTML shell of every generated page, with the page's own self-check: at DOMContentLoaded (before any
 * content script) the page records a checksum of its text and form values; `window.__checkPage()` (called by the test once
 * the extension has had its turn) recomputes it, runs the case's own checks, and sets
 * `window.__pageChecks = { ok, ... }`. The script uses whatever builtins the page has (patched or not):
 * it is the page checking itself.
 */
import { TOPIC_TITLE } from './prose';

/** What a generated page is made of. */
export interface PageSpec {
  title?: string;
  /** Extra markup for `<head>`. */
  head?: string;
  /** The body markup (before the page's scripts). */
  body: string;
  /** The page's own script, run at the end of the body, before the checksum is taken. */
  script?: string;
  /**
   * The body of a function returning `Record<string, boolean>`: the case's own checks, run by
   * `__checkPage()`. Every value must be true for `ok`.
   */
  checks?: string;
  /** Whether the page changes its own text after load (a ticker, an SPA): then the checksum is not compared. */
  changesItself?: boolean;
  /** False for a page with no script at all (a strict CSP would block it): the test checks it instead. */
  selfCheck?: boolean;
}

/** The page's self-check, as source. `CHANGES_ITSELF` and `CASE_CHECKS` are filled in per page. */
const SELF_CHECK = `
(function () {
  function hash(text) {
    var h = 2166136261;
    for (var i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
    return h.toString(16) + ':' + text.length;
  }
  function fields() {
    var out = [];
    document.querySelectorAll('input, textarea, select').forEach(function (el) { out.push(el.value); });
    document.querySelectorAll('[contenteditable]').forEach(function (el) { out.push(el.innerHTML); });
    return out.join('\\u0001');
  }
  function checksum() { return hash(document.body.textContent + '\\u0002' + fields()); }
  var before = null;
  document.addEventListener('DOMContentLoaded', function () { before = checksum(); });
  var caseChecks = function () { CASE_CHECKS };
  window.__checkPage = function () {
    var after = checksum();
    var own = caseChecks() || {};
    var ok = (CHANGES_ITSELF || after === before) && document.body !== null;
    Object.keys(own).forEach(function (key) { ok = ok && own[key] === true; });
    window.__pageChecks = { ok: ok, before: before, after: after, own: own };
    return JSON.stringify(window.__pageChecks);
  };
})();
`;

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** Renders `spec` as a full HTML document. */
export function renderPage(spec: PageSpec): string {
  const check = SELF_CHECK.replace('CASE_CHECKS', spec.checks ?? 'return {};').replace(
    'CHANGES_ITSELF',
    String(spec.changesItself === true),
  );
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeText(spec.title ?? TOPIC_TITLE)}</title>`,
    spec.head ?? '',
    '</head><body>',
    spec.body,
    spec.script ? `<script>${spec.script}</script>` : '',
    spec.selfCheck === false ? '' : `<script>${check}</script>`,
    '</body></html>',
  ].join('\n');
}
