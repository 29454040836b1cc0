/**
 * Every message between the extension's contexts, defined once. Each message is validated on
 * receipt and ignored unless it comes from this extension itself (pages cannot post into
 * `runtime.onMessage`, but other extensions could try via `externally_connectable`; we check anyway).
 */
import { browser, type Browser } from '#imports';
import type { PageReport } from '@/core/report';
import type { ResolvedSettings } from '@/core/settings/types';

/** What the content script of a tab knows: its report and the settings in force there. */
export interface TabState {
  report: PageReport;
  settings: ResolvedSettings;
  url: string;
}

export interface ProtocolMap {
  /** Popup → content script: what did you find on this page? */
  getTabState: { request: Record<string, never>; response: TabState };
  /** Popup or background → content script: open (or toggle) the side panel. */
  showPanel: { request: { toggle: boolean }; response: boolean };
  /** Background → content script: move to the next mention (keyboard command). */
  nextMention: { request: Record<string, never>; response: boolean };
  /** Content script → background: the tab's state changed (for the toolbar badge). */
  tabStateChanged: { request: TabState; response: boolean };
  /** Content script → background: open the extension's options page. */
  openOptions: { request: Record<string, never>; response: boolean };
}

export type MessageType = keyof ProtocolMap;

interface Envelope<T extends MessageType> {
  newsContext: 1;
  type: T;
  data: ProtocolMap[T]['request'];
}

const MESSAGE_TYPES: ReadonlySet<string> = new Set<MessageType>([
  'getTabState',
  'showPanel',
  'nextMention',
  'tabStateChanged',
  'openOptions',
]);

/** True for a well-formed envelope of one of our message types. */
export function isEnvelope(value: unknown): value is Envelope<MessageType> {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    record.newsContext === 1 &&
    typeof record.type === 'string' &&
    MESSAGE_TYPES.has(record.type) &&
    typeof record.data === 'object' &&
    record.data !== null
  );
}

/** True when a message was sent by one of this extension's own contexts. */
export function isFromSelf(sender: Browser.runtime.MessageSender, selfId = browser.runtime.id): boolean {
  return sender.id === selfId;
}

/** Sends a message to the background (or, with `tabId`, to that tab's content script). */
export async function sendMessage<T extends MessageType>(
  type: T,
  data: ProtocolMap[T]['request'],
  tabId?: number,
): Promise<ProtocolMap[T]['response']> {
  const envelope: Envelope<T> = { newsContext: 1, type, data };
  const response: unknown =
    tabId === undefined ? await browser.runtime.sendMessage(envelope) : await browser.tabs.sendMessage(tabId, envelope);
  return response as ProtocolMap[T]['response'];
}

export type Handlers = {
  [T in MessageType]?: (
    data: ProtocolMap[T]['request'],
    sender: Browser.runtime.MessageSender,
  ) => ProtocolMap[T]['response'] | Promise<ProtocolMap[T]['response']>;
};

/** Answers the given message types; returns a function that stops listening. */
export function onMessages(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined => {
    if (!isEnvelope(message) || !isFromSelf(sender)) return undefined;
    const handler = handlers[message.type] as
      | ((data: unknown, sender: Browser.runtime.MessageSender) => unknown)
      | undefined;
    if (!handler) return undefined;
    return Promise.resolve(handler(message.data, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
