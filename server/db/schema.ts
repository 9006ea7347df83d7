import type { ColumnType, Generated } from 'kysely';

/** Row types of the tables in `migrations/`. Keep in step with the SQL. */
type CreatedAt = ColumnType<Date, Date | undefined, never>;
type Timestamp = ColumnType<Date, Date | undefined, Date>;
type NullableTimestamp = ColumnType<Date | null, Date | null | undefined, Date | null>;

export type Role = 'admin' | 'manager' | 'agent';
export type Language = 'en' | 'es';
export type TeammateStatus = 'active' | 'away';

export interface WorkspacesTable {
  id: string;
  slug: string;
  name: string;
  timezone: Generated<string>;
  default_language: Generated<Language>;
  identity_secret: string;
  created_at: CreatedAt;
}

export interface TeammatesTable {
  workspace_id: string;
  id: Generated<number>;
  email: string;
  name: string;
  job_title: string | null;
  role: Role;
  status: Generated<TeammateStatus>;
  away_reassign: Generated<boolean>;
  language: Generated<Language>;
  timezone: string | null;
  password_hash: string;
  deactivated_at: NullableTimestamp;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface TeamsTable {
  workspace_id: string;
  id: Generated<number>;
  name: string;
  created_at: CreatedAt;
}

export interface TeamMembersTable {
  workspace_id: string;
  team_id: number;
  teammate_id: number;
  created_at: CreatedAt;
}

export interface AccessTokensTable {
  workspace_id: string;
  id: Generated<number>;
  name: string;
  token_hash: string;
  last_four: string;
  teammate_id: number;
  created_at: CreatedAt;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export interface SessionsTable {
  workspace_id: string;
  token_hash: string;
  teammate_id: number;
  csrf_token: string;
  user_agent: string | null;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Date;
}

export interface InvitationsTable {
  workspace_id: string;
  id: Generated<number>;
  email: string;
  role: Role;
  token_hash: string;
  invited_by: number | null;
  created_at: CreatedAt;
  expires_at: Date;
  accepted_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export interface SignInFailuresTable {
  id: Generated<number>;
  ip: string;
  email: string;
  created_at: CreatedAt;
}

export interface DB {
  workspaces: WorkspacesTable;
  teammates: TeammatesTable;
  teams: TeamsTable;
  team_members: TeamMembersTable;
  access_tokens: AccessTokensTable;
  sessions: SessionsTable;
  invitations: InvitationsTable;
  sign_in_failures: SignInFailuresTable;
}
