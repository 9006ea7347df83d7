import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft, SaveDraftRequest } from '../../../../protocol/drafts.ts';
import { DraftSaver } from './draftSaver.ts';

function draftOf(reply: string, note: string): Draft {
  const isEmpty = reply === '' && note === '';
  return { type: 'draft', conversation_id: '7', reply, note, kind: 'reply', updated_at: isEmpty ? null : 1 };
}

/** A server that stores what it is sent, answering when the test says so. */
function fakeServer() {
  const stored = { reply: '', note: '' };
  const calls: { changes: SaveDraftRequest; keepalive: boolean }[] = [];
  const waiting: (() => void)[] = [];
  const save = (changes: SaveDraftRequest, keepalive: boolean) => {
    calls.push({ changes, keepalive });
    return new Promise<Draft>((resolve) => {
      waiting.push(() => {
        Object.assign(stored, {
          reply: changes.reply ?? stored.reply,
          note: changes.note ?? stored.note,
        });
        resolve(draftOf(stored.reply, stored.note));
      });
    });
  };
  const answer = async () => {
    waiting.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
  };
  return { stored, calls, save, answer };
}

describe('DraftSaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once the typing pauses, sending only the text that changed', async () => {
    const server = fakeServer();
    const saver = new DraftSaver({ save: server.save, onStatus: () => undefined, delayMs: 500 });
    expect(saver.loaded(draftOf('', 'nota guardada'))).toEqual({ reply: '', note: 'nota guardada' });
    saver.typed('reply', 'H');
    saver.typed('reply', 'Ho');
    await vi.advanceTimersByTimeAsync(400);
    saver.typed('reply', 'Hola');
    await vi.advanceTimersByTimeAsync(499);
    expect(server.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.calls).toEqual([{ changes: { kind: 'reply', reply: 'Hola' }, keepalive: false }]);
  });

  it('does not save before the server’s draft is known, and keeps what was typed meanwhile', async () => {
    const server = fakeServer();
    const saver = new DraftSaver({ save: server.save, onStatus: () => undefined, delayMs: 500 });
    saver.typed('reply', 'rápido');
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.calls).toEqual([]);
    expect(saver.loaded(draftOf('viejo', 'nota'))).toEqual({ reply: 'rápido', note: 'nota' });
    await vi.advanceTimersByTimeAsync(500);
    expect(server.calls.map((call) => call.changes)).toEqual([{ kind: 'reply', reply: 'rápido' }]);
  });

  it('never brings a sent text back, even when a save of it lands after the send', async () => {
    const server = fakeServer();
    const saver = new DraftSaver({ save: server.save, onStatus: () => undefined, delayMs: 500 });
    saver.loaded(draftOf('', ''));
    saver.typed('reply', 'Enviado');
    await vi.advanceTimersByTimeAsync(500);
    expect(server.calls).toHaveLength(1);
    saver.sending();
    server.stored.reply = '';
    saver.sent('reply', true);
    saver.typed('reply', '');
    await server.answer(); // the save of "Enviado" lands after the send cleared it
    expect(server.stored.reply).toBe('Enviado');
    await vi.advanceTimersByTimeAsync(500);
    expect(server.calls.at(-1)?.changes).toEqual({ kind: 'reply', reply: '' });
    await server.answer();
    expect(server.stored.reply).toBe('');
  });

  it('saves at once, with keepalive, when the page goes away', async () => {
    const server = fakeServer();
    const saver = new DraftSaver({ save: server.save, onStatus: () => undefined, delayMs: 500 });
    saver.loaded(draftOf('', ''));
    saver.typed('note', 'a medias');
    saver.flush(true);
    expect(server.calls).toEqual([{ changes: { kind: 'note', note: 'a medias' }, keepalive: true }]);
  });

  it('lets another tab’s copy in only while nothing typed here is unsaved', async () => {
    const server = fakeServer();
    const saver = new DraftSaver({ save: server.save, onStatus: () => undefined, delayMs: 500 });
    saver.loaded(draftOf('uno', ''));
    expect(saver.isInStep()).toBe(true);
    saver.typed('reply', 'uno y dos');
    expect(saver.isInStep()).toBe(false);
    await vi.advanceTimersByTimeAsync(500);
    expect(saver.isInStep()).toBe(false);
    await server.answer();
    expect(saver.isInStep()).toBe(true);
  });
});
