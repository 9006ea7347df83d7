import { describe, expect, it } from 'vitest';
import { canChangeView } from './canChangeView.ts';

describe('canChangeView', () => {
  const agent = { id: '7', role: 'agent' as const };
  const manager = { id: '8', role: 'manager' as const };

  it('lets the owner alone change a private view', () => {
    expect(canChangeView(agent, { kind: 'private', owner_id: '7' })).toBe(true);
    expect(canChangeView(manager, { kind: 'private', owner_id: '7' })).toBe(false);
  });

  it('lets managers and admins, not agents, change a shared view; nobody a built-in view or team inbox', () => {
    expect(canChangeView(manager, { kind: 'shared', owner_id: null })).toBe(true);
    expect(canChangeView(agent, { kind: 'shared', owner_id: null })).toBe(false);
    expect(canChangeView(manager, { kind: 'team', owner_id: null })).toBe(false);
    expect(canChangeView(manager, { kind: 'built_in', owner_id: null })).toBe(false);
  });
});
