/**
 * Every message between the extension's contexts, defined once. Each message is validated on
 * receipt and ignored unless it comes from this extension itself (pages cannot post into
 * `runtime.onMessage`, but other extensions could try via `externally_connectable`; we check anyway).
 */
import { browser, type Browser } from '#imports';
import type { PageReport } from '@/core/report';
import type { ResolvedSettings } from '@/core/settings/types';
import { isRecord, pickEnum, readOwn, type UnknownRecord } from '@/core/untrusted';

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

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** The fields of a report and of resolved settings that receivers read (the badge, the popup). */
function isTabState(data: UnknownRecord): boolean {
  const report = readOwn(data, 'report');
  const settings = readOwn(data, 'settings');
  if (!isRecord(report) || !isRecord(settings) || typeof readOwn(data, 'url') !== 'string') return false;
  const lists = ['entities', 'quantities', 'claimIds'].map((key) => readOwn(report, key));
  return (
    pickEnum(readOwn(report, 'verdict'), ['about', 'passing', 'none'] as const) !== undefined &&
    isCount(readOwn(report, 'mentionCount')) &&
    lists.every((list) => Array.isArray(list)) &&
    pickEnum(readOwn(settings, 'state'), ['on', 'site-off', 'paused'] as const) !== undefined &&
    typeof readOwn(settings, 'active') === 'boolean'
  );
}

/** One check per message type: is `data` the request shape that type promises? */
const REQUEST_CHECKS: Readonly<Record<MessageType, (data: UnknownRecord) => boolean>> = {
  getTabState: () => true,
  showPanel: (data) => typeof readOwn(data, 'toggle') === 'boolean',
  nextMention: () => true,
  tabStateChanged: isTabState,
  openOptions: () => true,
};

function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(REQUEST_CHECKS, type);
}

/** True for an envelope of one of our message types whose data has that type's request shape. */
export function isEnvelope(value: unknown): value is Envelope<MessageType> {
  if (!isRecord(value) || readOwn(value, 'newsContext') !== 1) return false;
  const type = readOwn(value, 'type');
  const data = readOwn(value, 'data');
  return isMessageType(type) && isRecord(data) && REQUEST_CHECKS[type](data);
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
      ((data: unknown, sender: Browser.runtime.MessageSender) => unknown) | undefined;
    if (!handler) return undefined;
    return Promise.resolve(handler(message.data, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
