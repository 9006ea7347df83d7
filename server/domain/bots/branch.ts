import type { BranchRule, BranchStep } from '../../../protocol/workflows.ts';

/** An attribute as branch rules compare it; null when it is not set (absent, null or blank). */
function attributeText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = typeof value === 'object' ? (JSON.stringify(value) ?? '') : String(value);
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

export function matchesRule(rule: BranchRule, value: unknown): boolean {
  const actual = attributeText(value)?.toLowerCase() ?? null;
  const expected = (rule.value ?? '').trim().toLowerCase();
  switch (rule.operator) {
    case 'is_set':
      return actual !== null;
    case 'is_not_set':
      return actual === null;
    case 'equals':
      return actual === expected;
    case 'not_equals':
      return actual !== expected;
    case 'contains':
      return actual?.includes(expected) ?? false;
  }
}

/** The step after a branch: the first rule that matches, else `otherwise`. */
export function chooseBranch(step: BranchStep, attributes: ReadonlyMap<string, unknown>): string {
  return step.rules.find((rule) => matchesRule(rule, attributes.get(rule.attribute)))?.next ?? step.otherwise;
}
