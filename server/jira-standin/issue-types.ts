/** The issue types every stand-in project offers. */
export interface IssueType {
  id: string;
  name: string;
  description: string;
}

export const ISSUE_TYPES: readonly IssueType[] = [
  { id: '10001', name: 'Task', description: 'A small, distinct piece of work.' },
  { id: '10002', name: 'Bug', description: 'A problem or error.' },
  { id: '10003', name: 'Story', description: 'A feature expressed as a user goal.' },
];

export function findIssueType(reference: { id?: unknown; name?: unknown }): IssueType | undefined {
  if (typeof reference.id === 'string') return ISSUE_TYPES.find((type) => type.id === reference.id);
  if (typeof reference.name !== 'string') return undefined;
  const wanted = reference.name.toLowerCase();
  return ISSUE_TYPES.find((type) => type.name.toLowerCase() === wanted);
}
