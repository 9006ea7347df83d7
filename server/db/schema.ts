import type { ColumnType, Generated } from 'kysely';
import type { TicketStateCategory, TicketTables } from './schema-tickets.ts';
import type { WebhookTables } from './schema-webhooks.ts';

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
  languages: ColumnType<Language[], Language[] | undefined, Language[]>;
  last_seen_at: NullableTimestamp;
}

export type DistributionMethod = 'round_robin' | 'balanced' | 'manual';

export interface TeamsTable {
  workspace_id: string;
  id: Generated<number>;
  name: string;
  created_at: CreatedAt;
  distribution_method: Generated<DistributionMethod>;
  assignment_limit: number | null;
  rotation_last_teammate_id: number | null;
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

type Json = ColumnType<
  Record<string, unknown>,
  Record<string, unknown> | string | undefined,
  Record<string, unknown> | string
>;

export interface ContactsTable {
  workspace_id: string;
  id: Generated<number>;
  role: Generated<'user' | 'lead'>;
  external_id: string | null;
  email: string | null;
  name: string | null;
  phone: string | null;
  avatar: string | null;
  owner_id: number | null;
  language: string | null;
  custom_attributes: Json;
  unsubscribed_from_emails: Generated<boolean>;
  signed_up_at: NullableTimestamp;
  last_seen_at: NullableTimestamp;
  last_replied_at: NullableTimestamp;
  last_contacted_at: NullableTimestamp;
  created_at: CreatedAt;
  updated_at: Timestamp;
  deleted_at: NullableTimestamp;
  blocked_at: NullableTimestamp;
  visitor_id: string | null;
}

export interface TagsTable {
  workspace_id: string;
  id: Generated<number>;
  name: string;
  created_at: CreatedAt;
}

export interface SavedRepliesTable {
  workspace_id: string;
  id: Generated<number>;
  name: string;
  body: string;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type ConversationState = 'open' | 'snoozed' | 'closed';
export type AuthorType = 'user' | 'lead' | 'admin' | 'bot' | 'team';

export interface ConversationsTable {
  workspace_id: string;
  id: Generated<number>;
  contact_id: number;
  title: string | null;
  state: Generated<ConversationState>;
  snoozed_until: NullableTimestamp;
  priority: Generated<boolean>;
  admin_assignee_id: number | null;
  team_assignee_id: number | null;
  source_type: Generated<string>;
  source_delivered_as: 'customer_initiated' | 'admin_initiated' | 'automated';
  source_author_type: 'user' | 'lead' | 'admin' | 'bot';
  source_author_id: string;
  source_body: string | null;
  source_subject: string | null;
  created_by_teammate_id: number | null;
  bot_phase: 'bot' | 'handed_off' | null;
  custom_attributes: Json;
  waiting_since: NullableTimestamp;
  last_part_at: Timestamp;
  last_part_preview: string | null;
  last_part_author_type: string | null;
  last_part_is_note: Generated<boolean>;
  last_customer_part_at: NullableTimestamp;
  last_admin_reply_at: NullableTimestamp;
  first_admin_reply_at: NullableTimestamp;
  first_closed_at: NullableTimestamp;
  last_closed_at: NullableTimestamp;
  last_closed_by_id: number | null;
  count_reopens: Generated<number>;
  count_assignments: Generated<number>;
  parts_count: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
  contact_read_at: NullableTimestamp;
  language: Language | null;
  channel: Generated<'api' | 'messenger'>;
  queued_at: NullableTimestamp;
  ticket_state: TicketStateCategory | null;
}

export interface ConversationPartsTable {
  workspace_id: string;
  id: Generated<number>;
  conversation_id: number;
  part_type: string;
  author_type: AuthorType;
  author_id: string | null;
  body: string | null;
  assigned_to_type: 'admin' | 'team' | 'nobody' | null;
  assigned_to_id: number | null;
  is_public: boolean;
  state: ConversationState;
  metadata: Json | null;
  created_at: CreatedAt;
}

export interface ConversationTagsTable {
  workspace_id: string;
  conversation_id: number;
  tag_id: number;
  applied_by: number | null;
  applied_at: CreatedAt;
}

export interface MentionsTable {
  workspace_id: string;
  part_id: number;
  teammate_id: number;
  conversation_id: number;
  created_at: CreatedAt;
}

export interface ConversationReadsTable {
  workspace_id: string;
  conversation_id: number;
  teammate_id: number;
  read_at: Timestamp;
}

export interface ViewsTable {
  workspace_id: string;
  id: Generated<number>;
  name: string;
  owner_id: number | null;
  filters: Json;
  sort: Generated<'newest' | 'oldest' | 'waiting_longest'>;
  position: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface IdempotencyKeysTable {
  workspace_id: string;
  actor: string;
  key: string;
  resource_type: string;
  resource_id: number;
  created_at: CreatedAt;
}

export type EventAudience = 'agents' | 'public' | 'teammate';

export interface EventsTable {
  workspace_id: string;
  seq: Generated<number>;
  /** Null until the outbox relay numbers the committed row. */
  id: number | null;
  type: string;
  conversation_id: number | null;
  contact_id: number | null;
  audience: EventAudience;
  teammate_id: number | null;
  payload: Json;
  created_at: CreatedAt;
}

export interface VisitorSessionsTable {
  workspace_id: string;
  token_hash: string;
  contact_id: number;
  created_at: CreatedAt;
  expires_at: Date;
}

export interface EventCountersTable {
  workspace_id: string;
  last_event_id: number;
}

export interface MessengerSettingsTable {
  workspace_id: string;
  identity_verification: Generated<boolean>;
  allowed_origins: ColumnType<string[], string | undefined, string>;
  primary_color: Generated<string>;
  launcher_color: Generated<string>;
  greeting: Json;
  updated_at: Timestamp;
}

export interface AssignmentSettingsTable {
  workspace_id: string;
  trigger: Generated<'handoff' | 'start'>;
  default_team_id: number | null;
  require_online: Generated<boolean>;
  online_minutes: Generated<number>;
  grace_minutes: Generated<number>;
  language_routing: Generated<boolean>;
  language_fallback: Generated<'everyone' | 'queue'>;
  manual_counts_in_rotation: Generated<boolean>;
  reply_assigns: Generated<boolean>;
  updated_at: Timestamp;
}

export interface ContactEventsTable {
  workspace_id: string;
  id: Generated<number>;
  contact_id: number;
  name: string;
  metadata: Json;
  created_at: CreatedAt;
}

export interface BotWorkflowsTable {
  workspace_id: string;
  id: Generated<number>;
  name: string;
  enabled: Generated<boolean>;
  position: Generated<number>;
  trigger: Generated<'conversation_started'>;
  draft: Json;
  published_version: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  deleted_at: NullableTimestamp;
}

export interface BotWorkflowVersionsTable {
  workspace_id: string;
  workflow_id: number;
  version: number;
  definition: Json;
  published_by: number | null;
  published_at: CreatedAt;
}

export type BotRunStatus = 'waiting' | 'finished' | 'handed_off' | 'taken_over' | 'closed';

export interface BotRunsTable {
  workspace_id: string;
  conversation_id: number;
  workflow_id: number;
  version: number;
  step_id: string;
  status: BotRunStatus;
  reasks: Generated<number>;
  language: Language;
  outcome_reason: string | null;
  started_at: CreatedAt;
  updated_at: Timestamp;
}

/** Migration 20261204000000_teammate_preferences.sql. */
export interface TeammatePreferencesTable {
  workspace_id: string;
  teammate_id: number;
  preferences: ColumnType<Record<string, unknown>, string, string>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

/** Migration 20261204020000_drafts.sql. */
export interface ConversationDraftsTable {
  workspace_id: string;
  teammate_id: number;
  conversation_id: number;
  reply_text: Generated<string>;
  note_text: Generated<string>;
  kind: Generated<'reply' | 'note'>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface DB extends TicketTables, WebhookTables {
  workspaces: WorkspacesTable;
  teammates: TeammatesTable;
  teams: TeamsTable;
  team_members: TeamMembersTable;
  access_tokens: AccessTokensTable;
  sessions: SessionsTable;
  invitations: InvitationsTable;
  sign_in_failures: SignInFailuresTable;
  contacts: ContactsTable;
  tags: TagsTable;
  saved_replies: SavedRepliesTable;
  conversations: ConversationsTable;
  conversation_parts: ConversationPartsTable;
  conversation_tags: ConversationTagsTable;
  mentions: MentionsTable;
  conversation_reads: ConversationReadsTable;
  views: ViewsTable;
  teammate_preferences: TeammatePreferencesTable;
  conversation_drafts: ConversationDraftsTable;
  idempotency_keys: IdempotencyKeysTable;
  events: EventsTable;
  event_counters: EventCountersTable;
  visitor_sessions: VisitorSessionsTable;
  messenger_settings: MessengerSettingsTable;
  contact_events: ContactEventsTable;
  bot_workflows: BotWorkflowsTable;
  bot_workflow_versions: BotWorkflowVersionsTable;
  bot_runs: BotRunsTable;
  assignment_settings: AssignmentSettingsTable;
}
