import type { z } from 'zod';
import { type MessengerAdminSettings, ZUpdateMessengerSettingsRequestSchema } from '../../../../protocol/messenger.ts';
import { ApiError } from '../../api.ts';

/** What the admin edits on Settings → Messenger, as the inputs hold it. */
export interface MessengerForm {
  identityVerification: boolean;
  primaryColor: string;
  launcherColor: string;
  greeting: { en: string; es: string };
  /** One origin per line, as typed. */
  origins: string;
}

/** The fields a problem can be shown on, in the order the form shows them. */
const FIELDS = ['primaryColor', 'launcherColor', 'greetingEn', 'greetingEs', 'origins'] as const;
export type MessengerField = (typeof FIELDS)[number];

/** A field's problem: which field, and for an origin, the value at fault. */
export interface MessengerFieldProblem {
  field: MessengerField;
  origin?: string;
}

type UpdateRequest = z.input<typeof ZUpdateMessengerSettingsRequestSchema>;

export function formFromSettings(settings: MessengerAdminSettings): MessengerForm {
  return {
    identityVerification: settings.identity_verification,
    primaryColor: settings.primary_color,
    launcherColor: settings.launcher_color,
    greeting: { ...settings.greeting },
    origins: settings.allowed_origins.join('\n'),
  };
}

/** The non-empty lines of the origins box, trimmed. */
export function originLines(origins: string): string[] {
  return origins
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function requestFromForm(form: MessengerForm): UpdateRequest {
  return {
    identity_verification: form.identityVerification,
    primary_color: form.primaryColor.trim(),
    launcher_color: form.launcherColor.trim(),
    greeting: form.greeting,
    allowed_origins: originLines(form.origins),
  };
}

/** Maps a request path (`allowed_origins.2`, `greeting.es`) to the field that shows its problem. */
function problemAt(path: readonly PropertyKey[], request: UpdateRequest): MessengerFieldProblem | undefined {
  const [top, child] = path.map(String);
  switch (top) {
    case 'primary_color':
      return { field: 'primaryColor' };
    case 'launcher_color':
      return { field: 'launcherColor' };
    case 'greeting':
      return { field: child === 'es' ? 'greetingEs' : 'greetingEn' };
    case 'allowed_origins': {
      const origin = child === undefined ? undefined : request.allowed_origins?.[Number(child)];
      return { field: 'origins', ...(origin === undefined ? {} : { origin }) };
    }
    default:
      return undefined;
  }
}

/** Checks the request with the server's own schema; one problem per field, in the form's order. */
export function checkForm(form: MessengerForm): MessengerFieldProblem[] {
  const request = requestFromForm(form);
  const result = ZUpdateMessengerSettingsRequestSchema.safeParse(request);
  if (result.success) return [];
  const problems = new Map<MessengerField, MessengerFieldProblem>();
  for (const issue of result.error.issues) {
    const problem = problemAt(issue.path, request);
    if (problem && !problems.has(problem.field)) problems.set(problem.field, problem);
  }
  return FIELDS.flatMap((field) => problems.get(field) ?? []);
}

/** The field a failed save names (`field: "allowed_origins.1"`), if it names one this form shows. */
export function problemFromError(error: unknown, form: MessengerForm): MessengerFieldProblem | undefined {
  if (!(error instanceof ApiError) || !error.field) return undefined;
  return problemAt(error.field.split('.'), requestFromForm(form));
}
