import type { JiraStatusRule } from '../../../../protocol/jira.ts';

/** Jira's three status categories, by the key its API uses. */
export const JIRA_CATEGORIES = ['new', 'indeterminate', 'done'] as const;
export type JiraCategory = (typeof JIRA_CATEGORIES)[number];

export const isJiraCategory = (value: string): value is JiraCategory =>
  (JIRA_CATEGORIES as readonly string[]).includes(value);

/** A rule of the status map as the editor holds it; `key` keeps its row (and focus) when rules move. */
export interface RuleDraft {
  key: number;
  kind: JiraStatusRule['kind'];
  /** A status name, or a category key. */
  value: string;
  /** `''` until a state is chosen. */
  stateId: string;
}

let lastKey = 0;
const nextKey = () => ++lastKey;

export function ruleFromSaved(rule: JiraStatusRule): RuleDraft {
  return { key: nextKey(), kind: rule.kind, value: rule.value, stateId: rule.ticket_state_id };
}

export function ruleToSave(rule: RuleDraft): { kind: RuleDraft['kind']; value: string; ticket_state_id: string } {
  return { kind: rule.kind, value: rule.value.trim(), ticket_state_id: rule.stateId };
}

/** A new rule at the end: a status name to type, or the first category no rule names yet. */
export function addRule(rules: readonly RuleDraft[], kind: RuleDraft['kind']): RuleDraft[] {
  const unused = JIRA_CATEGORIES.find((category) => !rules.some((rule) => rule.value === category));
  const value = kind === 'category' ? (unused ?? 'new') : '';
  return [...rules, { key: nextKey(), kind, value, stateId: '' }];
}

/** Swaps the rule at `index` with its neighbour above (-1) or below (1); out of range, nothing moves. */
export function moveRule(rules: readonly RuleDraft[], index: number, offset: -1 | 1): RuleDraft[] {
  const target = index + offset;
  const moved = [...rules];
  const [from, to] = [moved[index], moved[target]];
  if (!from || !to) return moved;
  moved[index] = to;
  moved[target] = from;
  return moved;
}
