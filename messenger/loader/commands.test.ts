import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FrameView } from '../shared/bridge.ts';
import { createCommands, eventMetadata, runCommand, spaceView } from './commands.ts';
import type { Messenger } from './messenger.ts';

/** A messenger that records what the commands asked of it. */
function fakeMessenger(unread = 0) {
  const calls: unknown[][] = [];
  const callbacks: Record<string, (() => void)[]> = {};
  let isBooted = false;
  const messenger = {
    boot: (settings: unknown) => {
      calls.push(['boot', settings]);
      isBooted = true;
    },
    update: (settings?: unknown) => calls.push(['update', settings]),
    shutdown: () => calls.push(['shutdown']),
    show: (view: FrameView | null) => calls.push(['show', view]),
    hide: () => calls.push(['hide']),
    getVisitorId: () => 'v123',
    unreadCount: () => unread,
    isBooted: () => isBooted,
    track: (name: string, metadata?: unknown) => calls.push(['track', name, metadata]),
    on: (kind: string, callback: () => void) => {
      callbacks[kind] = [...(callbacks[kind] ?? []), callback];
    },
  } as unknown as Messenger;
  return { messenger, calls, callbacks };
}

afterEach(() => vi.restoreAllMocks());

describe('the Intercom commands', () => {
  it('run in the order they came, each with its arguments', () => {
    const { messenger, calls } = fakeMessenger();
    const commands = createCommands(messenger);
    runCommand(commands, 'boot', [{ app_id: 'a', user_id: 'u1' }]);
    runCommand(commands, 'update', [{ plan: 'pro' }]);
    runCommand(commands, 'showNewMessage', ['hola']);
    runCommand(commands, 'showConversation', [42]);
    runCommand(commands, 'showMessages', []);
    runCommand(commands, 'showTicket', [7]);
    runCommand(commands, 'hide', []);
    runCommand(commands, 'shutdown', []);
    expect(calls).toEqual([
      ['boot', { app_id: 'a', user_id: 'u1' }],
      ['update', { plan: 'pro' }],
      ['show', { name: 'new', text: 'hola' }],
      ['show', { name: 'conversation', id: '42' }],
      ['show', { name: 'messages' }],
      ['show', { name: 'ticket', id: '7' }],
      ['hide'],
      ['shutdown'],
    ]);
  });

  it('answers getVisitorId with the anonymous visitor’s id', () => {
    const { messenger } = fakeMessenger();
    expect(runCommand(createCommands(messenger), 'getVisitorId', [])).toBe('v123');
  });

  it('calls an onUnreadCountChange callback at once with the current count, and keeps it for changes', () => {
    const { messenger, callbacks } = fakeMessenger(3);
    const seen: number[] = [];
    runCommand(createCommands(messenger), 'onUnreadCountChange', [(count: number) => seen.push(count)]);
    expect(seen).toEqual([3]);
    expect(callbacks.unread).toHaveLength(1);
  });

  it('runs ready callbacks at once after boot, and keeps earlier ones for when boot finishes', () => {
    const { messenger, callbacks } = fakeMessenger();
    const commands = createCommands(messenger);
    const early = vi.fn();
    runCommand(commands, 'ready', [early]);
    expect(early).not.toHaveBeenCalled();
    expect(callbacks.ready).toEqual([early]);
    runCommand(commands, 'boot', [{ app_id: 'a' }]);
    const late = vi.fn();
    runCommand(commands, 'ready', [late]);
    expect(late).toHaveBeenCalledOnce();
  });

  it('tracks events with their name trimmed and only scalar metadata', () => {
    const { messenger, calls } = fakeMessenger();
    runCommand(createCommands(messenger), 'trackEvent', [' ordered ', { plan: 'pro', items: 3, nested: { a: 1 } }]);
    runCommand(createCommands(messenger), 'trackEvent', ['']);
    expect(calls).toEqual([['track', 'ordered', { plan: 'pro', items: 3 }]]);
  });

  it('treats reattach_activator (a second snippet run) as a no-op', () => {
    const { messenger, calls } = fakeMessenger();
    expect(runCommand(createCommands(messenger), 'reattach_activator', [])).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('warns about an unknown command instead of throwing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { messenger } = fakeMessenger();
    expect(() => runCommand(createCommands(messenger), 'startSpaceship', [])).not.toThrow();
    expect(() => runCommand(createCommands(messenger), 42, [])).not.toThrow();
    expect(() => runCommand(createCommands(messenger), 'toString', [])).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(3);
  });

  it('keeps a failing command from reaching the host page', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { messenger } = fakeMessenger();
    messenger.hide = () => {
      throw new Error('boom');
    };
    expect(() => runCommand(createCommands(messenger), 'hide', [])).not.toThrow();
    expect(error).toHaveBeenCalledOnce();
  });

  it('accepts Intercom commands Charla has no equivalent for, with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { messenger, calls } = fakeMessenger();
    runCommand(createCommands(messenger), 'startTour', [123]);
    expect(calls).toEqual([]);
    expect(warn.mock.calls[0]?.[0]).toContain('not supported');
  });
});

describe('spaceView', () => {
  it('opens the message list for messages, the ticket list for tickets, and Home for the rest', () => {
    expect(spaceView('messages')).toEqual({ name: 'messages' });
    expect(spaceView('tickets')).toEqual({ name: 'tickets' });
    expect(spaceView('home')).toEqual({ name: 'home' });
    expect(spaceView('news')).toEqual({ name: 'home' });
  });
});

describe('eventMetadata', () => {
  it('keeps at most 20 keys and cuts strings at 255 characters', () => {
    const many = Object.fromEntries(Array.from({ length: 25 }, (_, index) => [`k${index}`, 'x'.repeat(300)]));
    const metadata = eventMetadata(many) ?? {};
    expect(Object.keys(metadata)).toHaveLength(20);
    expect(metadata.k0).toHaveLength(255);
  });

  it('is undefined without usable metadata', () => {
    expect(eventMetadata(undefined)).toBeUndefined();
    expect(eventMetadata({ n: Number.NaN })).toBeUndefined();
  });
});
