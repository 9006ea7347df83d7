import type { ColumnType, Generated } from 'kysely';

/** Row types of the tickets and Jira tables (migration 20261203010000_tickets.sql). Keep in step with the SQL. */
type CreatedAt = ColumnType<Date, Date | undefined, never>;
type Timestamp = ColumnType<Date, Date | undefined, Date>;
type NullableTimestamp = ColumnType<Date | null, Date | null | undefined, Date | null>;
type Json = ColumnType<Record<string, unknown>, Record<string, unknown> | string, Record<string, unknown> | string>;
type JsonList = ColumnType<unknown[], string | undefined, string>;

export type TicketCategory = 'Customer' | 'Back-office' | 'Tracker';
export type TicketStateCategory = 'submitted' | 'in_progress' | 'waiting_on_customer' | 'resolved';
export type TicketAttributeDataType = 'string' | 'list' | 'integer' | 'decimal' | 'boolean' | 'datetime';
export type JiraSyncState = 'pending' | 'ok' | 'failed';

export interface TicketTypesTable {
  workspace_id: string;
  id: Generated<number>;
  category: TicketCategory;
  name: string;
  description: Generated<string>;
  icon: Generated<string>;
  archived: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface TicketTypeAttributesTable {
  workspace_id: string;
  id: Generated<number>;
  ticket_type_id: number;
  name: string;
  description: Generated<string>;
  data_type: TicketAttributeDataType;
  input_options: Json | null;
  position: Generated<number>;
  required_to_create: Generated<boolean>;
  required_to_create_for_contacts: Generated<boolean>;
  visible_on_create: Generated<boolean>;
  visible_to_contacts: Generated<boolean>;
  archived: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface TicketStatesTable {
  workspace_id: string;
  id: Generated<number>;
  category: TicketStateCategory;
  internal_label_en: string;
  internal_label_es: string;
  external_label_en: string;
  external_label_es: string;
  position: Generated<number>;
  archived: Generated<boolean>;
}

export interface TicketCountersTable {
  workspace_id: string;
  last_number: Generated<number>;
}

export interface TicketsTable {
  workspace_id: string;
  conversation_id: number;
  ticket_number: number;
  ticket_type_id: number;
  ticket_state_id: number;
  category: TicketCategory;
  title: string;
  description: Generated<string>;
  attributes: Json;
  is_shared: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface TicketLinksTable {
  workspace_id: string;
  ticket_id: number;
  conversation_id: number;
  created_at: CreatedAt;
}

export interface JiraSettingsTable {
  workspace_id: string;
  site_url: string;
  email: string;
  api_token_encrypted: string;
  project_key: string;
  issue_type: Generated<string>;
  status_map: JsonList;
  send_public_comments: Generated<boolean>;
  webhook_secret: string;
  account_id: string | null;
  reconciled_until: NullableTimestamp;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface JiraLinksTable {
  workspace_id: string;
  ticket_id: number;
  issue_key: string;
  issue_id: string | null;
  summary: string | null;
  status_name: string | null;
  status_category: string | null;
  sync_state: Generated<JiraSyncState>;
  last_error: string | null;
  issue_updated_at: NullableTimestamp;
  created_by_teammate_id: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface JiraWebhookReceiptsTable {
  workspace_id: string;
  delivery_id: string;
  received_at: CreatedAt;
}

export interface JiraSentCommentsTable {
  workspace_id: string;
  issue_key: string;
  comment_id: string;
  part_id: number | null;
  created_at: CreatedAt;
}

export interface TicketTables {
  ticket_types: TicketTypesTable;
  ticket_type_attributes: TicketTypeAttributesTable;
  ticket_states: TicketStatesTable;
  ticket_counters: TicketCountersTable;
  tickets: TicketsTable;
  ticket_links: TicketLinksTable;
  jira_settings: JiraSettingsTable;
  jira_links: JiraLinksTable;
  jira_webhook_receipts: JiraWebhookReceiptsTable;
  jira_sent_comments: JiraSentCommentsTable;
}
