import type { View, ViewDefinition, ViewList } from '../../../protocol/views.ts';
import type { ViewRecord } from './records.ts';

export function presentViewDefinition(view: ViewRecord): ViewDefinition {
  return {
    type: 'view',
    id: view.id,
    name: view.name,
    kind: view.kind,
    owner_id: view.ownerId === null ? null : String(view.ownerId),
    filters: view.filters,
    sort: view.sort,
    position: view.position,
  };
}

export function presentView(view: ViewRecord, count: number): View {
  return { ...presentViewDefinition(view), count };
}

export function presentViewList(views: ViewRecord[], counts: number[]): ViewList {
  return { type: 'view.list', views: views.map((view, index) => presentView(view, counts[index] ?? 0)) };
}
