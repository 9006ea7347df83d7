import type { WebhookTopic, WebhookTopicGroup } from '../../../../protocol/webhooks.ts';

/** What each topic means, in the agent's words (the topic itself is shown beside it, as receivers see it). */
export const TOPIC_LABELS = {
  'conversation.user.created': 'webhooks.topic.conversationUserCreated',
  'conversation.user.replied': 'webhooks.topic.conversationUserReplied',
  'conversation.admin.replied': 'webhooks.topic.conversationAdminReplied',
  'conversation.admin.single.created': 'webhooks.topic.conversationAdminSingleCreated',
  'conversation.admin.assigned': 'webhooks.topic.conversationAdminAssigned',
  'conversation.admin.noted': 'webhooks.topic.conversationAdminNoted',
  'conversation.admin.closed': 'webhooks.topic.conversationAdminClosed',
  'conversation.admin.opened': 'webhooks.topic.conversationAdminOpened',
  'conversation.admin.snoozed': 'webhooks.topic.conversationAdminSnoozed',
  'conversation.admin.unsnoozed': 'webhooks.topic.conversationAdminUnsnoozed',
  'contact.created': 'webhooks.topic.contactCreated',
  'contact.updated': 'webhooks.topic.contactUpdated',
  'contact.deleted': 'webhooks.topic.contactDeleted',
  'ticket.created': 'webhooks.topic.ticketCreated',
  'ticket.state.updated': 'webhooks.topic.ticketStateUpdated',
  'ticket.admin.assigned': 'webhooks.topic.ticketAdminAssigned',
  'ticket.note.created': 'webhooks.topic.ticketNoteCreated',
  'ticket.contact.replied': 'webhooks.topic.ticketContactReplied',
  'ticket.admin.replied': 'webhooks.topic.ticketAdminReplied',
} as const satisfies Record<WebhookTopic, string>;

export const GROUP_LABELS = {
  conversations: 'webhooks.groups.conversations',
  contacts: 'webhooks.groups.contacts',
  tickets: 'webhooks.groups.tickets',
} as const satisfies Record<WebhookTopicGroup, string>;
