import type { View } from '../../../../protocol/views.ts';

/**
 * The new order of the group a view belongs to (shared or private: the server keeps each group in its own order)
 * with the view moved one place, or null at the group's edge.
 */
export function orderAfterMove(views: readonly View[], id: string, step: -1 | 1): string[] | null {
  const moving = views.find((view) => view.id === id);
  if (!moving) return null;
  const group = views.filter((view) => view.kind === moving.kind).map((view) => view.id);
  const from = group.indexOf(id);
  const to = from + step;
  if (to < 0 || to >= group.length) return null;
  const order = [...group];
  order[from] = group[to] ?? id;
  order[to] = id;
  return order;
}
