import { type AdfDocument, isAdfDocument, textToAdf } from './adf.ts';
import { badRequest, fieldErrors } from './errors.ts';
import { findIssueType } from './issue-types.ts';
import type { NewIssue, Project, Visibility } from './store.ts';

/**
 * Reads create-issue and add-comment bodies the way Jira validates them: every field problem at once, in
 * `errors`, with Jira's wording. v3 takes rich text as ADF only; v2 takes a string and stores it as ADF.
 */

const NOT_ADF = 'Operation value must be an Atlassian Document (see the Atlassian Document Format)';
const NOT_STRING = 'Operation value must be a string';
const SETTABLE = new Set(['project', 'summary', 'issuetype', 'description', 'labels']);

const asObject = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

type Read<T> = { value: T } | { error: string };

function readRichText(value: unknown, apiVersion: 2 | 3): Read<AdfDocument> {
  if (apiVersion === 3) return isAdfDocument(value) ? { value } : { error: NOT_ADF };
  return typeof value === 'string' ? { value: textToAdf(value) } : { error: NOT_STRING };
}

function readLabels(value: unknown): Read<string[]> {
  if (!Array.isArray(value) || !value.every((label) => typeof label === 'string')) {
    return { error: 'Operation value must be an array of strings' };
  }
  const spaced = value.find((label) => /\s/.test(label));
  return spaced === undefined ? { value } : { error: `The label '${spaced}' contains spaces which is invalid.` };
}

export function readNewIssue(
  body: unknown,
  apiVersion: 2 | 3,
  findProject: (reference: Record<string, unknown>) => Project | undefined,
): NewIssue {
  const fields = asObject(asObject(body)?.fields) ?? {};
  const errors: Record<string, string> = {};
  const project = findProject(asObject(fields.project) ?? {});
  if (!project) errors.project = 'Specify a valid project ID or key';
  const summary = typeof fields.summary === 'string' ? fields.summary.trim() : '';
  if (summary === '') errors.summary = 'You must specify a summary of the issue.';
  else if (summary.length > 255) errors.summary = 'Summary must be less than 255 characters.';
  const typeReference = asObject(fields.issuetype);
  const issueType = typeReference && findIssueType(typeReference);
  if (!issueType) errors.issuetype = typeReference ? 'The issue type selected is invalid.' : 'Specify an issue type';
  let description: AdfDocument | null = null;
  if (fields.description !== undefined && fields.description !== null) {
    const read = readRichText(fields.description, apiVersion);
    if ('error' in read) errors.description = read.error;
    else description = read.value;
  }
  let labels: string[] = [];
  if (fields.labels !== undefined) {
    const read = readLabels(fields.labels);
    if ('error' in read) errors.labels = read.error;
    else labels = read.value;
  }
  for (const name of Object.keys(fields).filter((name) => !SETTABLE.has(name))) {
    errors[name] = `Field '${name}' cannot be set. It is not on the appropriate screen, or unknown.`;
  }
  if (Object.keys(errors).length > 0 || !project || !issueType) throw fieldErrors(errors);
  return { project, issueType, summary, description, labels };
}

export interface NewComment {
  body: AdfDocument;
  visibility?: Visibility;
}

const isEmpty = (doc: AdfDocument) => doc.content.length === 0;

export function readNewComment(body: unknown, apiVersion: 2 | 3): NewComment {
  const input = asObject(body) ?? {};
  if (input.body === undefined || input.body === null || input.body === '') {
    throw fieldErrors({ comment: 'Comment body can not be empty!' });
  }
  const read = readRichText(input.body, apiVersion);
  if ('error' in read) throw fieldErrors({ comment: read.error });
  if (isEmpty(read.value)) throw fieldErrors({ comment: 'Comment body can not be empty!' });
  const visibility = asObject(input.visibility);
  if (!visibility) return { body: read.value };
  if ((visibility.type !== 'role' && visibility.type !== 'group') || typeof visibility.value !== 'string') {
    throw fieldErrors({ commentLevel: 'You are currently not a member of the project role or group specified.' });
  }
  return { body: read.value, visibility: { type: visibility.type, value: visibility.value } };
}

export function readTransitionId(body: unknown): string {
  const id = asObject(asObject(body)?.transition)?.id;
  if (typeof id === 'string' || typeof id === 'number') return String(id);
  throw badRequest("Missing 'transition' identifier");
}
