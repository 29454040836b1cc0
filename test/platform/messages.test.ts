import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_REPORT } from '@/core/report';
import { isEnvelope, isFromSelf, onMessages, type TabState } from '@/platform/messages';

const TAB_STATE: TabState = {
  report: { ...EMPTY_REPORT, verdict: 'about', mentionCount: 12 },
  settings: {
    active: true,
    state: 'on',
    rule: null,
    hintStyle: 'underline',
    showOn: 'about',
    autoOpenPanel: false,
  },
  url: 'https://news.example/article',
};

const envelope = (type: string, data: unknown) => ({ newsContext: 1, type, data });
const SELF = { id: 'test-extension-id', frameId: 0 };
const noReply = (): void => undefined;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('isEnvelope', () => {
  it.each([
    ['getTabState', {}],
    ['showPanel', { toggle: true }],
    ['nextMention', {}],
    ['tabStateChanged', TAB_STATE],
    ['openOptions', {}],
  ])('accepts %s with the data its type promises', (type, data) => {
    expect(isEnvelope(envelope(type, data))).toBe(true);
  });

  it.each([
    ['no envelope marker', { type: 'openOptions', data: {} }],
    ['another protocol version', { newsContext: 2, type: 'openOptions', data: {} }],
    ['an unknown type', envelope('deleteEverything', {})],
    ['an inherited type name', envelope('toString', {})],
    ['data that is a string', envelope('tabStateChanged', 'garbage')],
    ['data that is a list', envelope('openOptions', [])],
    ['data that is missing', { newsContext: 1, type: 'nextMention' }],
    ['a toggle that is not a boolean', envelope('showPanel', { toggle: 'yes' })],
    ['a tab state with no report', envelope('tabStateChanged', { ...TAB_STATE, report: null })],
    ['a tab state with no settings', envelope('tabStateChanged', { ...TAB_STATE, settings: undefined })],
    ['a tab state with no url', envelope('tabStateChanged', { ...TAB_STATE, url: 3 })],
    [
      'a count that is not a number',
      envelope('tabStateChanged', { ...TAB_STATE, report: { ...TAB_STATE.report, mentionCount: 'lots' } }),
    ],
    [
      'an unknown verdict',
      envelope('tabStateChanged', { ...TAB_STATE, report: { ...TAB_STATE.report, verdict: 'maybe' } }),
    ],
    [
      'an unknown settings state',
      envelope('tabStateChanged', { ...TAB_STATE, settings: { ...TAB_STATE.settings, state: 'broken' } }),
    ],
    [
      'report lists that are not lists',
      envelope('tabStateChanged', { ...TAB_STATE, report: { ...TAB_STATE.report, claimIds: 'c1' } }),
    ],
  ])('rejects %s', (_, value) => {
    expect(isEnvelope(value)).toBe(false);
  });
});

describe('isFromSelf', () => {
  it('is true only for this extension’s own id', () => {
    expect(isFromSelf({ id: 'test-extension-id' })).toBe(true);
    expect(isFromSelf({ id: 'some-other-extension' })).toBe(false);
    expect(isFromSelf({})).toBe(false);
  });
});

describe('onMessages', () => {
  it('hands a well-formed message from the extension itself to its handler', async () => {
    const tabStateChanged = vi.fn(() => true);
    onMessages({ tabStateChanged });
    const answers = await fakeBrowser.runtime.onMessage.trigger(envelope('tabStateChanged', TAB_STATE), SELF, noReply);
    expect(tabStateChanged).toHaveBeenCalledWith(TAB_STATE, SELF);
    expect(answers).toEqual([true]);
  });

  it('ignores malformed data without calling the handler', async () => {
    const tabStateChanged = vi.fn(() => true);
    onMessages({ tabStateChanged });
    const answers = await fakeBrowser.runtime.onMessage.trigger(envelope('tabStateChanged', {}), SELF, noReply);
    expect(tabStateChanged).not.toHaveBeenCalled();
    expect(answers).toEqual([undefined]);
  });

  it('ignores a well-formed message from another extension', async () => {
    const openOptions = vi.fn(() => true);
    onMessages({ openOptions });
    await fakeBrowser.runtime.onMessage.trigger(envelope('openOptions', {}), { id: 'some-other-extension' }, noReply);
    expect(openOptions).not.toHaveBeenCalled();
  });

  it('stops listening when its remover is called', async () => {
    const nextMention = vi.fn(() => true);
    onMessages({ nextMention })();
    await fakeBrowser.runtime.onMessage.trigger(envelope('nextMention', {}), SELF, noReply);
    expect(nextMention).not.toHaveBeenCalled();
  });
});
