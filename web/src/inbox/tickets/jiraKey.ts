import { ZJiraIssueKeySchema } from '../../../../protocol/jira.ts';

/** A typed issue key in the form Jira uses (`ABC-123`, any case, spaces around ignored), else undefined. */
export function parseJiraKey(input: string): string | undefined {
  const parsed = ZJiraIssueKeySchema.safeParse(input);
  return parsed.success ? parsed.data : undefined;
}

/** While Jira creates the issue, the link holds a stand-in key (`new-…`) that names nothing in Jira yet. */
export const isPlaceholderKey = (key: string) => key.startsWith('new-');
