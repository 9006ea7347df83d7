/** The one workflow every stand-in project uses: four statuses, and a global transition into each of them. */

export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

export interface StatusCategory {
  id: number;
  key: StatusCategoryKey;
  name: string;
  colorName: string;
}

export interface Status {
  id: string;
  name: string;
  category: StatusCategory;
}

export interface Transition {
  id: string;
  name: string;
  to: Status;
}

// Jira's own status-category ids and colours.
const CATEGORIES: Record<StatusCategoryKey, StatusCategory> = {
  new: { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' },
  indeterminate: { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' },
  done: { id: 3, key: 'done', name: 'Done', colorName: 'green' },
};

export const STATUSES: readonly Status[] = [
  { id: '10000', name: 'To Do', category: CATEGORIES.new },
  { id: '10001', name: 'In Progress', category: CATEGORIES.indeterminate },
  { id: '10002', name: 'Waiting for customer', category: CATEGORIES.indeterminate },
  { id: '10003', name: 'Done', category: CATEGORIES.done },
];

/** Transition ids are stable: 11 → To Do, 21 → In Progress, 31 → Done, 41 → Waiting for customer. */
const TRANSITION_IDS: Record<string, string> = {
  'To Do': '11',
  'In Progress': '21',
  Done: '31',
  'Waiting for customer': '41',
};

export const INITIAL_STATUS = STATUSES[0] as Status;

export const TRANSITIONS: readonly Transition[] = STATUSES.map((status) => ({
  id: TRANSITION_IDS[status.name] as string,
  name: status.name,
  to: status,
})).sort((a, b) => Number(a.id) - Number(b.id));

export function findStatusByName(name: string): Status | undefined {
  const wanted = name.trim().toLowerCase();
  return STATUSES.find((status) => status.name.toLowerCase() === wanted);
}

export function findStatus(nameOrId: string): Status | undefined {
  return STATUSES.find((status) => status.id === nameOrId) ?? findStatusByName(nameOrId);
}

/** The transitions offered from a status: every other status (a transition to where the issue already is is not). */
export function availableTransitions(from: Status): Transition[] {
  return TRANSITIONS.filter((transition) => transition.to.id !== from.id);
}

export function transitionTo(status: Status): Transition {
  return TRANSITIONS.find((transition) => transition.to.id === status.id) as Transition;
}
