import type { AssignmentSettings, UpdateAssignmentSettingsRequest } from '../../../protocol/assignment.ts';
import type { Db } from '../../db/index.ts';
import { AppError } from '../../errors.ts';
import type { AssignmentMethod } from './decision.ts';
import type { AssignmentRule } from './eligibility.ts';

export interface AssignmentSettingsRow {
  trigger: 'handoff' | 'start';
  defaultTeamId: number | null;
  requireOnline: boolean;
  onlineMinutes: number;
  graceMinutes: number;
  languageRouting: boolean;
  languageFallback: 'everyone' | 'queue';
  manualCountsInRotation: boolean;
  /** A teammate's reply to a conversation nobody holds assigns it to them. */
  replyAssigns: boolean;
}

export const DEFAULT_ASSIGNMENT_SETTINGS: AssignmentSettingsRow = {
  trigger: 'handoff',
  defaultTeamId: null,
  requireOnline: false,
  onlineMinutes: 10,
  graceMinutes: 5,
  languageRouting: true,
  languageFallback: 'everyone',
  manualCountsInRotation: false,
  replyAssigns: true,
};

/** The workspace's assignment settings; the defaults when none were saved. */
export async function getAssignmentSettings(db: Db, workspaceId: string): Promise<AssignmentSettingsRow> {
  const row = await db
    .selectFrom('assignment_settings')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!row) return DEFAULT_ASSIGNMENT_SETTINGS;
  return {
    trigger: row.trigger,
    defaultTeamId: row.default_team_id,
    requireOnline: row.require_online,
    onlineMinutes: row.online_minutes,
    graceMinutes: row.grace_minutes,
    languageRouting: row.language_routing,
    languageFallback: row.language_fallback,
    manualCountsInRotation: row.manual_counts_in_rotation,
    replyAssigns: row.reply_assigns,
  };
}

/** The rule a team's assignment follows, from the workspace's settings and the team's method. */
export function ruleFor(settings: AssignmentSettingsRow, method: AssignmentMethod, now: Date): AssignmentRule {
  return {
    method,
    requireOnline: settings.requireOnline
      ? { minutes: settings.onlineMinutes, graceMinutes: settings.graceMinutes }
      : null,
    languageRouting: settings.languageRouting,
    languageFallback: settings.languageFallback,
    now,
  };
}

export function presentAssignmentSettings(settings: AssignmentSettingsRow): AssignmentSettings {
  return {
    type: 'assignment_settings',
    trigger: settings.trigger,
    default_team_id: settings.defaultTeamId === null ? null : String(settings.defaultTeamId),
    require_online: settings.requireOnline,
    online_minutes: settings.onlineMinutes,
    grace_minutes: settings.graceMinutes,
    language_routing: settings.languageRouting,
    language_fallback: settings.languageFallback,
    manual_counts_in_rotation: settings.manualCountsInRotation,
    reply_assigns: settings.replyAssigns,
  };
}

/** Saves the given fields (the others keep their value). A default team of another workspace is refused. */
export async function updateAssignmentSettings(
  db: Db,
  workspaceId: string,
  input: UpdateAssignmentSettingsRequest,
): Promise<AssignmentSettingsRow> {
  if (input.default_team_id !== undefined && input.default_team_id !== null) {
    const team = await db
      .selectFrom('teams')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', input.default_team_id)
      .executeTakeFirst();
    if (!team)
      throw new AppError('parameter_invalid', `default_team_id: no team ${input.default_team_id}`, {
        field: 'default_team_id',
      });
  }
  const values = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
  await db
    .insertInto('assignment_settings')
    .values({ workspace_id: workspaceId, ...values, updated_at: new Date() })
    .onConflict((oc) => oc.column('workspace_id').doUpdateSet({ ...values, updated_at: new Date() }))
    .execute();
  return getAssignmentSettings(db, workspaceId);
}
