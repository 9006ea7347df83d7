import type { z } from 'zod';
import type { AssignmentSettings, ZUpdateAssignmentSettingsRequestSchema } from '../../../../protocol/assignment.ts';
import { parseWholeNumber } from '../../lib/wholeNumber.ts';

/** What Settings → Assignment edits; minutes stay text while typed, so a half-typed number can be pointed at. */
export interface AssignmentForm {
  trigger: AssignmentSettings['trigger'];
  /** `''`: no default team. */
  defaultTeamId: string;
  requireOnline: boolean;
  onlineMinutes: string;
  graceMinutes: string;
  languageRouting: boolean;
  languageFallback: AssignmentSettings['language_fallback'];
  manualCountsInRotation: boolean;
  replyAssigns: boolean;
}

export type AssignmentField = 'onlineMinutes' | 'graceMinutes';

const RANGES: Record<AssignmentField, { min: number; max: number }> = {
  onlineMinutes: { min: 1, max: 1440 },
  graceMinutes: { min: 0, max: 120 },
};

const minutesOf = (form: AssignmentForm, field: AssignmentField) =>
  parseWholeNumber(form[field], RANGES[field].min, RANGES[field].max);

export function formFromSettings(settings: AssignmentSettings): AssignmentForm {
  return {
    trigger: settings.trigger,
    defaultTeamId: settings.default_team_id ?? '',
    requireOnline: settings.require_online,
    onlineMinutes: String(settings.online_minutes),
    graceMinutes: String(settings.grace_minutes),
    languageRouting: settings.language_routing,
    languageFallback: settings.language_fallback,
    manualCountsInRotation: settings.manual_counts_in_rotation,
    replyAssigns: settings.reply_assigns,
  };
}

/** The fields the server would refuse, in page order. The window is only checked (and sent) while it is on. */
export function checkForm(form: AssignmentForm): AssignmentField[] {
  if (!form.requireOnline) return [];
  const fields: AssignmentField[] = ['onlineMinutes', 'graceMinutes'];
  return fields.filter((field) => minutesOf(form, field) === undefined);
}

/** The form as `PUT /api/assignment/settings`; call after `checkForm` found nothing. */
export function requestFromForm(form: AssignmentForm): z.input<typeof ZUpdateAssignmentSettingsRequestSchema> {
  const onlineMinutes = minutesOf(form, 'onlineMinutes');
  const graceMinutes = minutesOf(form, 'graceMinutes');
  return {
    trigger: form.trigger,
    default_team_id: form.defaultTeamId || null,
    require_online: form.requireOnline,
    ...(form.requireOnline && onlineMinutes !== undefined ? { online_minutes: onlineMinutes } : {}),
    ...(form.requireOnline && graceMinutes !== undefined ? { grace_minutes: graceMinutes } : {}),
    language_routing: form.languageRouting,
    language_fallback: form.languageFallback,
    manual_counts_in_rotation: form.manualCountsInRotation,
    reply_assigns: form.replyAssigns,
  };
}
