import type { Admin, AdminList, AdminWithApp } from '../../../protocol/admins.ts';
import type { WorkspaceRow } from '../../db/index.ts';
import { presentApp } from '../workspaces/presenter.ts';
import type { TeammateWithTeams } from './service.ts';

/** A teammate as Intercom's `Admin`, with Charla's role, language, time zone and active flag. */
export function presentAdmin({ teammate, teamIds }: TeammateWithTeams): Admin {
  const active = teammate.deactivated_at === null;
  return {
    type: 'admin',
    id: String(teammate.id),
    name: teammate.name,
    email: teammate.email,
    job_title: teammate.job_title,
    away_mode_enabled: teammate.status === 'away',
    away_mode_reassign: teammate.away_reassign,
    has_inbox_seat: active,
    team_ids: teamIds,
    languages: teammate.languages,
    avatar: { type: 'avatar', image_url: null },
    email_verified: true,
    role: teammate.role,
    language: teammate.language,
    timezone: teammate.timezone,
    active,
  };
}

export function presentAdminWithApp(teammate: TeammateWithTeams, workspace: WorkspaceRow): AdminWithApp {
  return { ...presentAdmin(teammate), app: presentApp(workspace) };
}

export function presentAdminList(teammates: TeammateWithTeams[]): AdminList {
  return { type: 'admin.list', admins: teammates.map(presentAdmin) };
}
