import { describe, expect, it } from 'vitest';
import { createEventCursor } from './cursor.ts';

describe('the event cursor', () => {
  it('applies each event id once and remembers the highest', () => {
    const cursor = createEventCursor(10);
    expect(cursor.accept(12)).toBe(true);
    expect(cursor.accept(12)).toBe(false);
    expect(cursor.accept(15)).toBe(true);
    expect(cursor.last()).toBe(15);
  });

  it('takes an id that arrives late (several servers), without moving back', () => {
    const cursor = createEventCursor(10);
    cursor.accept(15);
    expect(cursor.accept(13)).toBe(true);
    expect(cursor.last()).toBe(15);
  });

  it('ignores ids at or before where it started (already in what was fetched)', () => {
    const cursor = createEventCursor(10);
    expect(cursor.accept(10)).toBe(false);
    expect(cursor.accept(3)).toBe(false);
    expect(cursor.last()).toBe(10);
  });
});
