import { describe, expect, it } from 'vitest';
import type { View } from '../../../../protocol/views.ts';
import { orderAfterMove } from './moveView.ts';

const view = (id: string, kind: View['kind']): View => ({
  type: 'view',
  id,
  name: id,
  kind,
  owner_id: kind === 'private' ? '1' : null,
  filters: {},
  sort: 'newest',
  position: 0,
  count: 0,
});

describe('orderAfterMove', () => {
  const views = [view('1', 'shared'), view('2', 'shared'), view('3', 'private'), view('4', 'private')];

  it('swaps a view with its neighbour within its own group', () => {
    expect(orderAfterMove(views, '2', -1)).toEqual(['2', '1']);
    expect(orderAfterMove(views, '3', 1)).toEqual(['4', '3']);
  });

  it('does not cross from shared into private views, nor past either end', () => {
    expect(orderAfterMove(views, '2', 1)).toBeNull();
    expect(orderAfterMove(views, '3', -1)).toBeNull();
    expect(orderAfterMove(views, '1', -1)).toBeNull();
  });
});
