import type { BuiltInViewId, ViewDefinition } from '../../../protocol/views.ts';

/** The built-in views in the seed's order (as `GET /api/views` lists them), known before the counts load. */
export const BUILT_IN_VIEWS = [
  'you',
  'mentions',
  'created_by_you',
  'all',
  'unassigned',
] as const satisfies readonly BuiltInViewId[];

const LABELS = {
  you: 'nav.you',
  mentions: 'nav.mentions',
  created_by_you: 'nav.created',
  all: 'nav.all',
  unassigned: 'nav.unassigned',
} as const satisfies Record<BuiltInViewId, string>;

export function isBuiltInView(id: string): id is BuiltInViewId {
  return id in LABELS;
}

/** The i18n key of a built-in view's name; custom views show the name their author gave them. */
export function builtInLabel(id: BuiltInViewId) {
  return LABELS[id];
}

export const viewHref = (view: Pick<ViewDefinition, 'id'> | string) =>
  `/inbox/${encodeURIComponent(typeof view === 'string' ? view : view.id)}`;
