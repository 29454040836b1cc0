// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectPageText } from '../../../platform/page-text';
import { setBody } from '../dom-fixtures';

function hostWithShadow(id: string, text: string): HTMLElement {
  const host = document.createElement('x-card');
  host.id = id;
  host.attachShadow({ mode: 'open' }).append(text);
  return host;
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('walkText', () => {
  it('reads the shadow root of a host slotted into another shadow root', () => {
    const outer = setBody('<div id="outer"></div>').querySelector('#outer') as HTMLElement;
    outer.attachShadow({ mode: 'open' }).append('Kursk ', document.createElement('slot'));
    outer.append(hostWithShadow('inner', 'Pyongyang'));
    expect(collectPageText(document.body).text).toBe('Kursk Pyongyang');
  });

  it('reads the shadow root of a host collected on its own (a rescan of the host)', () => {
    const host = hostWithShadow('host', 'North Korean troops');
    document.body.append(host);
    expect(collectPageText(host).text).toBe('North Korean troops');
  });
});
