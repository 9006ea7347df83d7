import { describe, expect, it } from 'vitest';
import { nextAfter, publishListOrder } from './listOrder.ts';

describe('moving on in the list', () => {
  it('goes to the one below, the one above at the end, then to the empty list', () => {
    publishListOrder('/inbox/you', ['1', '2', '3']);
    expect(nextAfter('1')).toBe('/inbox/you/2');
    // The list has not refreshed yet: 1 still shows, but was just closed.
    expect(nextAfter('3')).toBe('/inbox/you/2');
    expect(nextAfter('2')).toBe('/inbox/you');
  });

  it('finds the neighbours of a conversation that already left the list', () => {
    publishListOrder('/inbox/all', ['4', '5', '6', '7']);
    publishListOrder('/inbox/all', ['4', '6', '7']);
    expect(nextAfter('5')).toBe('/inbox/all/6');
  });

  it('starts from the top for a conversation the list never showed', () => {
    publishListOrder('/inbox/mentions', ['8', '9']);
    expect(nextAfter('42')).toBe('/inbox/mentions/8');
  });
});
