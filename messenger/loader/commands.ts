import type { FrameView } from '../shared/bridge.ts';
import type { Messenger } from './messenger.ts';

type Handler = (...args: unknown[]) => unknown;

/** trackEvent metadata: at most 20 scalar keys, strings cut at 255 characters (Intercom's limits). */
export function eventMetadata(metadata: unknown): Record<string, string | number | boolean> | undefined {
  if (typeof metadata !== 'object' || metadata === null) return undefined;
  const entries = Object.entries(metadata)
    .filter(([key, value]) => key.length <= 60 && ['string', 'number', 'boolean'].includes(typeof value))
    .filter(([, value]) => typeof value !== 'number' || Number.isFinite(value))
    .slice(0, 20)
    .map(([key, value]) => [key, typeof value === 'string' ? value.slice(0, 255) : value]);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** showSpace's names; spaces Charla has no equivalent for open Home. */
export function spaceView(space: unknown): FrameView {
  if (space === 'messages' || space === 'tickets') return { name: space };
  return { name: 'home' };
}

const UNSUPPORTED = ['showArticle', 'showNews', 'startTour', 'startSurvey', 'startChecklist'];

/** Intercom's command names → what they do here. */
export function createCommands(messenger: Messenger): Record<string, Handler> {
  const callback = (kind: 'show' | 'hide' | 'unread' | 'ready') => (fn: unknown) => {
    if (typeof fn === 'function') messenger.on(kind, fn as () => void);
  };
  const commands: Record<string, Handler> = {
    boot: (settings) => messenger.boot(settings ?? {}),
    update: (settings) => messenger.update(settings),
    shutdown: () => messenger.shutdown(),
    show: () => messenger.show(null),
    hide: () => messenger.hide(),
    showMessages: () => messenger.show({ name: 'messages' }),
    showNewMessage: (text) => messenger.show({ name: 'new', ...(typeof text === 'string' ? { text } : {}) }),
    showConversation: (id) => messenger.show({ name: 'conversation', id: String(id) }),
    showSpace: (space) => messenger.show(spaceView(space)),
    showTicket: (id) => messenger.show({ name: 'ticket', id: String(id) }),
    onShow: callback('show'),
    onHide: callback('hide'),
    onUnreadCountChange: (fn) => {
      if (typeof fn !== 'function') return;
      messenger.on('unread', fn as () => void);
      fn(messenger.unreadCount());
    },
    ready: (fn) => {
      if (typeof fn !== 'function') return;
      if (messenger.isBooted()) fn();
      else messenger.on('ready', fn as () => void);
    },
    // Accepted for compatibility: the messenger does not ask for an email yet, so it never fires.
    onUserEmailSupplied: () => undefined,
    getVisitorId: () => messenger.getVisitorId(),
    trackEvent: (name, metadata) => {
      if (typeof name === 'string' && name.trim()) messenger.track(name.trim().slice(0, 255), eventMetadata(metadata));
    },
    hideNotifications: () => undefined,
    reattach_activator: () => undefined,
  };
  for (const name of UNSUPPORTED) {
    commands[name] = () => console.warn(`Charla: ${name} is not supported; ignored`);
  }
  return commands;
}

/** Runs one call; never throws into the host page. */
export function runCommand(commands: Record<string, Handler>, name: unknown, args: unknown[]): unknown {
  const handler = typeof name === 'string' && Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!handler) {
    console.warn(`Charla: unknown command ${JSON.stringify(name)}`);
    return undefined;
  }
  try {
    return handler(...args);
  } catch (error) {
    console.error(`Charla: ${String(name)} failed`, error);
    return undefined;
  }
}
