import type { z } from 'zod';
import type { Language } from '../../../../protocol/common.ts';
import { type WorkflowDefinition, ZWorkflowInputSchema } from '../../../../protocol/workflows.ts';
import { ApiError } from '../../api.ts';

/** Where in a step a problem is: `['options', 1, 'label']`; empty for the step as a whole. */
export type FieldPath = readonly (string | number)[];

/**
 * One thing that keeps a draft from being saved, placed on its step (null: the workflow itself) and,
 * where known, on the field and language at fault.
 */
export interface WorkflowProblem {
  stepId: string | null;
  /** A server validation code (`missing_translation`…) or a field check of the form's own (`invalid_id`…). */
  code: string;
  path: FieldPath;
  languages: Language[];
  /** For `unknown_target`: the id that names no step. */
  target?: string;
  /** The server's words, shown when the code is one this app does not know. */
  message: string;
}

/** Codes whose server message starts with the field at fault: `options[1].label is empty in …`. */
const CODES_NAMING_A_FIELD = new Set([
  'unknown_target',
  'missing_translation',
  'duplicate_option_id',
  'missing_rule_value',
  'unknown_team',
]);

/** `options[1].label` → `['options', 1, 'label']`. */
function parseFieldPath(text: string): FieldPath {
  const match = /^([a-z_]+(?:\[\d+\])?(?:\.[a-z_]+)*)\b/.exec(text);
  if (!match?.[1]) return [];
  return match[1].split('.').flatMap((part) => {
    const indexed = /^([a-z_]+)\[(\d+)\]$/.exec(part);
    return indexed?.[1] && indexed[2] ? [indexed[1], Number(indexed[2])] : [part];
  });
}

function languagesNamed(text: string): Language[] {
  return (['en', 'es'] as const).filter((language) => text.includes(`(${language})`));
}

/** The server's 422: one problem per entry, `field: "definition.steps.<id>"`, message `Step "<id>": …`. */
function fromValidation(problem: ApiError['problems'][number]): WorkflowProblem {
  const stepId = problem.field?.startsWith('definition.steps.')
    ? problem.field.slice('definition.steps.'.length)
    : null;
  const detail = problem.message.replace(/^Step "[^"]*": /, '');
  const target = problem.code === 'unknown_target' ? /\("([^"]*)"\)/.exec(detail)?.[1] : undefined;
  return {
    stepId,
    code: problem.code,
    path:
      problem.code === 'unknown_start'
        ? ['start']
        : CODES_NAMING_A_FIELD.has(problem.code)
          ? parseFieldPath(detail)
          : [],
    languages: problem.code === 'missing_translation' ? languagesNamed(detail) : [],
    ...(target === undefined ? {} : { target }),
    message: problem.message,
  };
}

/** What a field check failed on, named by the field it is about. */
function fieldCheckCode(path: FieldPath, issue: { code: string }): string {
  const leaf = [...path].reverse().find((part) => typeof part === 'string');
  if (issue.code === 'too_big') return 'too_long';
  switch (leaf) {
    case 'id':
      return 'invalid_id';
    case 'attribute':
    case 'text_attribute':
      return 'invalid_attribute';
    case 'next':
    case 'otherwise':
    case 'text_next':
    case 'start':
      return 'missing_target';
    case 'team_id':
      return 'missing_team';
    case 'tag':
      return 'missing_tag';
    case 'value':
      return 'missing_value';
    case 'name':
      return 'missing_name';
    case 'options':
    case 'rules':
      return issue.code === 'too_small' ? 'needs_one' : 'too_many';
    default:
      return 'invalid';
  }
}

/** A request path (`definition.steps.3.options.0.value`) as a problem on step 3's `options[0].value`. */
function fromRequestPath(
  path: readonly PropertyKey[],
  issue: { code: string; message: string },
  definition: WorkflowDefinition,
): WorkflowProblem {
  const parts = path.map((part) => (typeof part === 'number' ? part : String(part)));
  const base = { languages: [] as Language[], message: issue.message };
  if (parts[0] !== 'definition' || parts[1] !== 'steps' || typeof parts[2] !== 'number') {
    const fieldPath = parts[0] === 'definition' ? parts.slice(1) : parts;
    return { ...base, stepId: null, code: fieldCheckCode(fieldPath, issue), path: fieldPath };
  }
  const rest = parts.slice(3);
  const language = rest.at(-1);
  const languages: Language[] = language === 'en' || language === 'es' ? [language] : [];
  return {
    ...base,
    stepId: definition.steps[parts[2]]?.id ?? null,
    code: fieldCheckCode(rest, issue),
    path: languages.length > 0 ? rest.slice(0, -1) : rest,
    languages,
  };
}

/** Checks a draft with the API's own schema before sending it: every field problem at once. */
export function checkWorkflowInput(input: z.input<typeof ZWorkflowInputSchema>): WorkflowProblem[] {
  const result = ZWorkflowInputSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => fromRequestPath(issue.path, issue, input.definition));
}

/** The problems a failed save or publish reports; empty when it failed for another reason. */
export function problemsFromError(error: unknown, definition: WorkflowDefinition): WorkflowProblem[] {
  if (!(error instanceof ApiError)) return [];
  if (error.status === 422) return error.problems.map(fromValidation);
  if (error.status === 400 && error.field) {
    return [
      fromRequestPath(
        error.field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
        error,
        definition,
      ),
    ];
  }
  return [];
}

const samePath = (a: FieldPath, b: FieldPath) => a.length === b.length && a.every((part, index) => part === b[index]);

/** Whether a problem is on this field (and language, for a text). */
export function isFieldInvalid(problems: readonly WorkflowProblem[], path: FieldPath, language?: Language): boolean {
  return problems.some(
    (problem) =>
      samePath(problem.path, path) &&
      (language === undefined || problem.languages.length === 0 || problem.languages.includes(language)),
  );
}
