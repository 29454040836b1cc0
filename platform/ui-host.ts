import { isElement, parentAcrossShadow } from './page-text/tree';

/** Tag name of the element that hosts the extension's own UI; text collection and rescans skip it. */
export const UI_HOST_TAG = 'news-context-ui';

/** True when `node` is the UI host element or lies inside it (crossing shadow roots). */
export function isInsideUiHost(node: Node | null): boolean {
  for (let cur = node; cur; cur = parentAcrossShadow(cur)) {
    if (isElement(cur) && cur.localName === UI_HOST_TAG) return true;
  }
  return false;
}
