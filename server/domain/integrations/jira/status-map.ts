import type { JiraStatusRule } from '../../../../protocol/jira.ts';

/**
 * The ticket state an issue's status maps to: the first rule, in the order the admin set, that names its
 * status (case-insensitive) or its status category; undefined when none does (the ticket keeps its state).
 */
export function mapJiraStatus(
  rules: JiraStatusRule[],
  status: { name: string | null; category: string | null },
): number | undefined {
  const name = status.name?.trim().toLowerCase();
  const rule = rules.find((candidate) =>
    candidate.kind === 'status' ? candidate.value.trim().toLowerCase() === name : candidate.value === status.category,
  );
  return rule ? Number(rule.ticket_state_id) : undefined;
}
