import { describe, expect, it } from 'vitest';
import { parseScriptUrl, queuedCalls } from './queue.ts';

/** What the stock Intercom snippet's stub pushes: the `arguments` object of each call. */
function stubQueue(...calls: unknown[][]): unknown[] {
  const queue: unknown[] = [];
  const stub = function (this: unknown) {
    // biome-ignore lint/complexity/noArguments: the snippet queues the raw arguments object
    queue.push(arguments);
  } as (...args: unknown[]) => void;
  for (const call of calls) stub(...call);
  return queue;
}

describe('queuedCalls', () => {
  it('turns the stub’s arguments objects into calls, in the order they were made', () => {
    const queue = stubQueue(['boot', { app_id: 'abc' }], ['update', { name: 'Ana' }], ['showNewMessage', 'hola']);
    expect(queuedCalls(queue)).toEqual([
      ['boot', { app_id: 'abc' }],
      ['update', { name: 'Ana' }],
      ['showNewMessage', 'hola'],
    ]);
  });

  it('drops entries that are not calls with a command name', () => {
    expect(queuedCalls([null, 42, { length: 0 }, [7, 'x'], ['hide']])).toEqual([['hide']]);
    expect(queuedCalls(undefined)).toEqual([]);
  });
});

describe('parseScriptUrl', () => {
  it('reads Charla’s origin and the app id from the Intercom-style address', () => {
    expect(parseScriptUrl('https://chat.example.com:8443/widget/acme42')).toEqual({
      origin: 'https://chat.example.com:8443',
      appId: 'acme42',
    });
  });

  it('has no app id for the plain loader address', () => {
    expect(parseScriptUrl('https://chat.example.com/messenger/loader.js')).toEqual({
      origin: 'https://chat.example.com',
      appId: null,
    });
  });

  it('gives up on a missing or broken address', () => {
    expect(parseScriptUrl(undefined)).toBeNull();
    expect(parseScriptUrl('not a url')).toBeNull();
  });
});
