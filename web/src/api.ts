import type { z } from 'zod';
import type { Admin, AdminList, AdminWithApp, UpdateAdminRequest } from '../../protocol/admins.ts';
import type {
  AssignmentSettings,
  AssignmentStatus,
  ZUpdateAssignmentSettingsRequestSchema,
} from '../../protocol/assignment.ts';
import type {
  Invitation,
  InvitationPreview,
  Session,
  ZAcceptInvitationRequestSchema,
  ZInvitationListSchema,
} from '../../protocol/auth.ts';
import type { ErrorList, Role } from '../../protocol/common.ts';
import type { Contact } from '../../protocol/contacts.ts';
import type {
  Conversation,
  ConversationList,
  Tag,
  ZManageRequestSchema,
  ZTagListSchema,
  ZUpdateConversationRequestSchema,
} from '../../protocol/conversations.ts';
import type { Draft, DraftList, SaveDraftRequest } from '../../protocol/drafts.ts';
import type { EventList } from '../../protocol/events.ts';
import type {
  JiraSettings,
  JiraTestResult,
  ZLinkJiraIssueRequestSchema,
  ZSaveJiraSettingsRequestSchema,
} from '../../protocol/jira.ts';
import type { MessengerAdminSettings, ZUpdateMessengerSettingsRequestSchema } from '../../protocol/messenger.ts';
import type { Preferences, UpdatePreferencesRequest } from '../../protocol/preferences.ts';
import type {
  SavedReply,
  SavedReplyList,
  ZCreateSavedReplyRequestSchema,
  ZUpdateSavedReplyRequestSchema,
} from '../../protocol/saved-replies.ts';
import type { InboxSearchResult } from '../../protocol/search.ts';
import type { Team, TeamList, ZCreateTeamRequestSchema, ZUpdateTeamRequestSchema } from '../../protocol/teams.ts';
import type {
  Ticket,
  TicketList,
  TicketState,
  TicketType,
  ZCreateTicketRequestSchema,
  ZCreateTicketTypeAttributeRequestSchema,
  ZCreateTicketTypeRequestSchema,
  ZTicketStateListSchema,
  ZTicketTypeListSchema,
  ZUpdateTicketRequestSchema,
  ZUpdateTicketTypeRequestSchema,
} from '../../protocol/tickets.ts';
import type { AccessToken, ZAccessTokenListSchema } from '../../protocol/tokens.ts';
import type { Unread } from '../../protocol/unread.ts';
import type {
  UpdateViewRequest,
  View,
  ViewList,
  ViewSort,
  ZCreateViewRequestSchema,
  ZViewStateSchema,
} from '../../protocol/views.ts';
import type {
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookSubscription,
  WebhookSubscriptionList,
  ZCreateWebhookSubscriptionRequestSchema,
  ZUpdateWebhookSubscriptionRequestSchema,
} from '../../protocol/webhooks.ts';
import type {
  Workflow,
  WorkflowInput,
  WorkflowList,
  WorkflowPreview,
  WorkflowPreviewRequest,
} from '../../protocol/workflows.ts';

export interface ViewConversationsQuery {
  sort?: ViewSort;
  state?: z.infer<typeof ZViewStateSchema>;
  perPage?: number;
  startingAfter?: string;
}

function viewConversationsPath(viewId: string, query: ViewConversationsQuery): string {
  const params = new URLSearchParams();
  if (query.sort) params.set('sort', query.sort);
  if (query.state) params.set('state', query.state);
  params.set('per_page', String(query.perPage ?? 50));
  if (query.startingAfter) params.set('starting_after', query.startingAfter);
  return `/views/${id(viewId)}/conversations?${params}`;
}

/** One entry of Intercom's `error.list`. */
export type ApiProblem = ErrorList['errors'][number];

/** A failed API call: the HTTP status and the first entry of Intercom's `error.list` (all of them in `problems`). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  /** Every problem the server listed, e.g. one per invalid workflow step. */
  readonly problems: ApiProblem[];

  constructor(status: number, code: string, message: string, field?: string, problems: ApiProblem[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
    this.problems = problems;
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

let csrfToken: string | undefined;
let onUnauthorized: () => void = () => {};

/** Called when a request answers 401, e.g. the session expired in another tab. */
export function whenUnauthorized(listener: () => void): void {
  onUnauthorized = listener;
}

function remember(session: Session): Session {
  csrfToken = session.csrf_token;
  return session;
}

function toApiError(status: number, body: unknown): ApiError {
  const problems = (body as Partial<ErrorList> | undefined)?.errors ?? [];
  const first = problems[0];
  return new ApiError(
    status,
    first?.code ?? 'server_error',
    first?.message ?? `HTTP ${status}`,
    first?.field,
    problems,
  );
}

/** `keepalive`: the request outlives the page (a last save while the tab closes). */
async function request<T>(
  method: Method,
  path: string,
  body?: unknown,
  extra?: Record<string, string>,
  keepalive = false,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...extra };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(`/api${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
    keepalive,
  });
  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) return payload as T;
  const error = toApiError(response.status, payload);
  if (response.status === 401 && error.code === 'unauthorized') onUnauthorized();
  throw error;
}

const id = (value: string | number) => encodeURIComponent(String(value));

export const api = {
  getSession: () => request<Session>('GET', '/auth/session').then(remember),
  signIn: (email: string, password: string) =>
    request<Session>('POST', '/auth/sign-in', { email, password }).then(remember),
  changePassword: (currentPassword: string, newPassword: string) =>
    request<Session>('POST', '/auth/password', {
      current_password: currentPassword,
      new_password: newPassword,
    }).then(remember),
  signOut: async () => {
    await request<unknown>('POST', '/auth/sign-out');
    csrfToken = undefined;
  },

  getInvitation: (token: string) => request<InvitationPreview>('GET', `/invitations/by-token/${id(token)}`),
  acceptInvitation: (token: string, body: z.input<typeof ZAcceptInvitationRequestSchema>) =>
    request<Session>('POST', `/invitations/by-token/${id(token)}/accept`, body).then(remember),
  listInvitations: () => request<z.infer<typeof ZInvitationListSchema>>('GET', '/invitations'),
  createInvitation: (email: string, role: Role) => request<Invitation>('POST', '/invitations', { email, role }),
  revokeInvitation: (invitationId: string) => request<unknown>('DELETE', `/invitations/${id(invitationId)}`),

  getMe: () => request<AdminWithApp>('GET', '/me'),
  getPreferences: () => request<Preferences>('GET', '/me/preferences'),
  updatePreferences: (changes: UpdatePreferencesRequest) => request<Preferences>('PUT', '/me/preferences', changes),
  getUnread: () => request<Unread>('GET', '/me/unread'),
  listAdmins: () => request<AdminList>('GET', '/admins'),
  updateAdmin: (adminId: string, changes: UpdateAdminRequest) =>
    request<Admin>('PUT', `/admins/${id(adminId)}`, changes),
  /** `reassign`: their open conversations go back to their teams' queues. */
  setAway: (adminId: string, away: boolean, reassign = false) =>
    request<Admin>('PUT', `/admins/${id(adminId)}/away`, { away_mode_enabled: away, away_mode_reassign: reassign }),

  listTeams: () => request<TeamList>('GET', '/teams'),
  createTeam: (body: z.input<typeof ZCreateTeamRequestSchema>) => request<Team>('POST', '/teams', body),
  updateTeam: (teamId: string, body: z.input<typeof ZUpdateTeamRequestSchema>) =>
    request<Team>('PUT', `/teams/${id(teamId)}`, body),
  deleteTeam: (teamId: string) => request<unknown>('DELETE', `/teams/${id(teamId)}`),

  getAssignmentSettings: () => request<AssignmentSettings>('GET', '/assignment/settings'),
  updateAssignmentSettings: (changes: z.input<typeof ZUpdateAssignmentSettingsRequestSchema>) =>
    request<AssignmentSettings>('PUT', '/assignment/settings', changes),
  getAssignmentStatus: () => request<AssignmentStatus>('GET', '/assignment/status'),

  listViews: () => request<ViewList>('GET', '/views'),
  getView: (viewId: string) => request<View>('GET', `/views/${id(viewId)}`),
  createView: (view: z.input<typeof ZCreateViewRequestSchema>) => request<View>('POST', '/views', view),
  updateView: (viewId: string, changes: UpdateViewRequest) => request<View>('PUT', `/views/${id(viewId)}`, changes),
  deleteView: (viewId: string) => request<{ deleted: true }>('DELETE', `/views/${id(viewId)}`),
  reorderViews: (viewIds: string[]) => request<ViewList>('PUT', '/views/positions', { view_ids: viewIds }),
  listViewConversations: (viewId: string, query: ViewConversationsQuery) =>
    request<ConversationList>('GET', viewConversationsPath(viewId, query)),

  searchInbox: (q: string, perPage = 20) =>
    request<InboxSearchResult>('GET', `/search?${new URLSearchParams({ q, per_page: String(perPage) })}`),
  getConversation: (conversationId: string) => request<Conversation>('GET', `/conversations/${id(conversationId)}`),
  updateConversation: (conversationId: string, changes: z.input<typeof ZUpdateConversationRequestSchema>) =>
    request<Conversation>('PUT', `/conversations/${id(conversationId)}`, changes),
  /** The same `idempotencyKey` on a retry returns the first result and writes nothing twice. */
  replyToConversation: (conversationId: string, kind: 'comment' | 'note', body: string, idempotencyKey: string) =>
    request<Conversation>(
      'POST',
      `/conversations/${id(conversationId)}/reply`,
      { type: 'admin', message_type: kind, body },
      { 'idempotency-key': idempotencyKey },
    ),
  manageConversation: (conversationId: string, change: z.input<typeof ZManageRequestSchema>) =>
    request<Conversation>('POST', `/conversations/${id(conversationId)}/parts`, change),

  listDrafts: () => request<DraftList>('GET', '/drafts'),
  getDraft: (conversationId: string) => request<Draft>('GET', `/conversations/${id(conversationId)}/draft`),
  /** `keepalive` while the page goes away (pagehide). */
  saveDraft: (conversationId: string, changes: SaveDraftRequest, keepalive = false) =>
    request<Draft>('PUT', `/conversations/${id(conversationId)}/draft`, changes, undefined, keepalive),

  searchConversations: (query: unknown, perPage = 20) =>
    request<ConversationList>('POST', '/conversations/search', { query, pagination: { per_page: perPage } }),
  tagConversation: (conversationId: string, tagId: string) =>
    request<Tag>('POST', `/conversations/${id(conversationId)}/tags`, { id: tagId }),
  untagConversation: (conversationId: string, tagId: string) =>
    request<Tag>('DELETE', `/conversations/${id(conversationId)}/tags/${id(tagId)}`),

  listTags: () => request<z.infer<typeof ZTagListSchema>>('GET', '/tags'),
  createTag: (name: string) => request<Tag>('POST', '/tags', { name }),

  listSavedReplies: () => request<SavedReplyList>('GET', '/saved_replies'),
  createSavedReply: (body: z.input<typeof ZCreateSavedReplyRequestSchema>) =>
    request<SavedReply>('POST', '/saved_replies', body),
  updateSavedReply: (savedReplyId: string, body: z.input<typeof ZUpdateSavedReplyRequestSchema>) =>
    request<SavedReply>('PUT', `/saved_replies/${id(savedReplyId)}`, body),
  deleteSavedReply: (savedReplyId: string) => request<unknown>('DELETE', `/saved_replies/${id(savedReplyId)}`),

  getContact: (contactId: string) => request<Contact>('GET', `/contacts/${id(contactId)}`),

  listTicketTypes: () => request<z.infer<typeof ZTicketTypeListSchema>>('GET', '/ticket_types'),
  createTicketType: (body: z.input<typeof ZCreateTicketTypeRequestSchema>) =>
    request<TicketType>('POST', '/ticket_types', body),
  updateTicketType: (typeId: string, changes: z.input<typeof ZUpdateTicketTypeRequestSchema>) =>
    request<TicketType>('PUT', `/ticket_types/${id(typeId)}`, changes),
  addTicketTypeAttribute: (typeId: string, body: z.input<typeof ZCreateTicketTypeAttributeRequestSchema>) =>
    request<TicketType>('POST', `/ticket_types/${id(typeId)}/attributes`, body),
  archiveTicketTypeAttribute: (typeId: string, attributeId: string, archived: boolean) =>
    request<TicketType>('PUT', `/ticket_types/${id(typeId)}/attributes/${id(attributeId)}`, { archived }),
  listTicketStates: () => request<z.infer<typeof ZTicketStateListSchema>>('GET', '/ticket_states'),
  updateTicketStateLabels: (stateId: string, labels: TicketState['labels']) =>
    request<TicketState>('PUT', `/ticket_states/${id(stateId)}`, { labels }),

  /** The same `idempotencyKey` on a retry returns the first ticket. */
  createTicket: (body: z.input<typeof ZCreateTicketRequestSchema>, idempotencyKey: string) =>
    request<Ticket>('POST', '/tickets', body, { 'idempotency-key': idempotencyKey }),
  getTicket: (ticketId: string) => request<Ticket>('GET', `/tickets/${id(ticketId)}`),
  updateTicket: (ticketId: string, changes: z.input<typeof ZUpdateTicketRequestSchema>) =>
    request<Ticket>('PUT', `/tickets/${id(ticketId)}`, changes),
  /** On back-office and tracker tickets the server keeps a comment internal (a note). */
  replyToTicket: (ticketId: string, kind: 'comment' | 'note', body: string, idempotencyKey: string) =>
    request<unknown>(
      'POST',
      `/tickets/${id(ticketId)}/reply`,
      { type: 'admin', message_type: kind, body },
      { 'idempotency-key': idempotencyKey },
    ),
  listConversationTickets: (conversationId: string) =>
    request<Pick<TicketList, 'type' | 'tickets'>>('GET', `/conversations/${id(conversationId)}/tickets`),
  /** A signed page the customer can open to follow the ticket. */
  getTicketCustomerLink: (ticketId: string) =>
    request<{ url: string }>('GET', `/tickets/${id(ticketId)}/customer_link`),

  getJiraSettings: () => request<JiraSettings>('GET', '/integrations/jira'),
  /** Leave out `api_token` to keep the stored one. */
  saveJiraSettings: (body: z.input<typeof ZSaveJiraSettingsRequestSchema>) =>
    request<JiraSettings>('PUT', '/integrations/jira', body),
  disconnectJira: () => request<JiraSettings>('DELETE', '/integrations/jira'),
  /** Calls Jira with the saved settings; a refusal answers 200 with `ok: false` and the reason. */
  testJiraConnection: () => request<JiraTestResult>('POST', '/integrations/jira/test'),
  rotateJiraWebhookSecret: () => request<JiraSettings>('POST', '/integrations/jira/rotate_webhook_secret'),
  linkJiraIssue: (ticketId: string, body: z.input<typeof ZLinkJiraIssueRequestSchema>) =>
    request<Ticket>('POST', `/tickets/${id(ticketId)}/jira_issues`, body),
  unlinkJiraIssue: (ticketId: string, key: string) =>
    request<Ticket>('DELETE', `/tickets/${id(ticketId)}/jira_issues/${id(key)}`),
  retryJiraIssue: (ticketId: string, key: string) =>
    request<Ticket>('POST', `/tickets/${id(ticketId)}/jira_issues/${id(key)}/retry`),

  listEventsAfter: (after: number) => request<EventList>('GET', `/events?after=${after}`),

  getMessengerSettings: () => request<MessengerAdminSettings>('GET', '/messenger/settings'),
  updateMessengerSettings: (changes: z.input<typeof ZUpdateMessengerSettingsRequestSchema>) =>
    request<MessengerAdminSettings>('PUT', '/messenger/settings', changes),
  rotateIdentitySecret: () => request<MessengerAdminSettings>('POST', '/messenger/settings/identity-secret'),

  listWorkflows: () => request<WorkflowList>('GET', '/workflows'),
  getWorkflow: (workflowId: string) => request<Workflow>('GET', `/workflows/${id(workflowId)}`),
  createWorkflow: (workflow: WorkflowInput) => request<Workflow>('POST', '/workflows', workflow),
  /** A definition that cannot run answers 422 with one problem per step (`ApiError.problems`). */
  updateWorkflow: (workflowId: string, changes: Partial<WorkflowInput>) =>
    request<Workflow>('PUT', `/workflows/${id(workflowId)}`, changes),
  publishWorkflow: (workflowId: string) => request<Workflow>('POST', `/workflows/${id(workflowId)}/publish`),
  deleteWorkflow: (workflowId: string) => request<unknown>('DELETE', `/workflows/${id(workflowId)}`),
  /** `ids`: every workflow, in the new order. */
  reorderWorkflows: (ids: string[]) => request<WorkflowList>('PUT', '/workflows/order', { ids }),
  previewWorkflow: (preview: WorkflowPreviewRequest) => request<WorkflowPreview>('POST', '/workflows/preview', preview),

  listTokens: () => request<z.infer<typeof ZAccessTokenListSchema>>('GET', '/tokens'),
  createToken: (name: string) => request<AccessToken>('POST', '/tokens', { name }),
  revokeToken: (tokenId: string) => request<unknown>('DELETE', `/tokens/${id(tokenId)}`),

  listWebhookSubscriptions: () => request<WebhookSubscriptionList>('GET', '/webhooks/subscriptions'),
  getWebhookSubscription: (subscriptionId: string) =>
    request<WebhookSubscription>('GET', `/webhooks/subscriptions/${id(subscriptionId)}`),
  createWebhookSubscription: (body: z.input<typeof ZCreateWebhookSubscriptionRequestSchema>) =>
    request<WebhookSubscription>('POST', '/webhooks/subscriptions', body),
  updateWebhookSubscription: (subscriptionId: string, body: z.input<typeof ZUpdateWebhookSubscriptionRequestSchema>) =>
    request<WebhookSubscription>('PUT', `/webhooks/subscriptions/${id(subscriptionId)}`, body),
  deleteWebhookSubscription: (subscriptionId: string) =>
    request<unknown>('DELETE', `/webhooks/subscriptions/${id(subscriptionId)}`),
  rotateWebhookSecret: (subscriptionId: string) =>
    request<WebhookSubscription>('POST', `/webhooks/subscriptions/${id(subscriptionId)}/rotate_secret`),
  sendWebhookTest: (subscriptionId: string) =>
    request<WebhookDelivery>('POST', `/webhooks/subscriptions/${id(subscriptionId)}/test`),
  listWebhookDeliveries: (subscriptionId: string, startingAfter?: string) =>
    request<WebhookDeliveryList>(
      'GET',
      `/webhooks/subscriptions/${id(subscriptionId)}/deliveries?per_page=20${
        startingAfter ? `&starting_after=${encodeURIComponent(startingAfter)}` : ''
      }`,
    ),
  getWebhookDelivery: (deliveryId: string) => request<WebhookDelivery>('GET', `/webhooks/deliveries/${id(deliveryId)}`),
  retryWebhookDelivery: (deliveryId: string) =>
    request<WebhookDelivery>('POST', `/webhooks/deliveries/${id(deliveryId)}/retry`),
};
