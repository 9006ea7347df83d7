import type { z } from 'zod';
import type { Language } from '../../../protocol/common.ts';
import type { MessengerBoot, MessengerBootRequest, ZTrackEventRequestSchema } from '../../../protocol/messenger.ts';
import type { Db } from '../../db/index.ts';
import { notFound } from '../../errors.ts';
import type { VisitorSession } from '../../realtime/visitor-sessions.ts';
import type { Services } from '../conversations/context.ts';
import { lastEventId } from '../events/service.ts';
import { countUnread } from './conversations.ts';
import { identifyVisitor } from './identity.ts';
import { chooseLanguage, toLanguage } from './language.ts';
import { getMessengerSettings } from './settings.ts';

/**
 * Starts (or resumes) the messenger for a browser: who the visitor is, in which language, the workspace's
 * look, and where to resume its live stream from.
 */
export async function bootMessenger(
  services: Services,
  appId: string,
  input: MessengerBootRequest,
): Promise<MessengerBoot> {
  const workspace = await services.db.selectFrom('workspaces').selectAll().where('id', '=', appId).executeTakeFirst();
  const settings = workspace && (await getMessengerSettings(services.db, workspace.id));
  if (!workspace || !settings) throw notFound('not_found', 'No messenger for this app_id');
  const { contact, token } = await identifyVisitor(services, workspace, settings, input);
  const language = chooseLanguage({
    override: input.language_override,
    contact: contact.language,
    browser: input.browser_language,
    workspace: workspace.default_language,
  });
  const override = toLanguage(input.language_override);
  if (override && override !== contact.language) {
    await services.db
      .updateTable('contacts')
      .set({ language: override })
      .where('workspace_id', '=', workspace.id)
      .where('id', '=', contact.id)
      .execute();
  }
  const visitor = { workspaceId: workspace.id, contactId: contact.id, role: contact.role };
  const [unread, lastId] = await Promise.all([
    countUnread(services.db, visitor),
    lastEventId(services.db, workspace.id),
  ]);
  return {
    type: 'messenger.boot',
    visitor_token: token,
    visitor_id: contact.role === 'lead' ? contact.visitor_id : null,
    contact: {
      id: String(contact.id),
      role: contact.role,
      user_id: contact.external_id,
      email: contact.email,
      name: contact.name,
    },
    language,
    settings: {
      workspace_name: workspace.name,
      primary_color: settings.primaryColor,
      launcher_color: settings.launcherColor,
      greeting: settings.greeting[language],
      identity_verification: settings.identityVerification,
    },
    unread_count: unread,
    last_event_id: lastId,
  };
}

/** The language a visitor's new conversation is held in when the messenger did not say. */
export async function visitorLanguage(db: Db, visitor: VisitorSession): Promise<Language> {
  const row = await db
    .selectFrom('contacts')
    .innerJoin('workspaces', 'workspaces.id', 'contacts.workspace_id')
    .select(['contacts.language', 'workspaces.default_language'])
    .where('contacts.workspace_id', '=', visitor.workspaceId)
    .where('contacts.id', '=', visitor.contactId)
    .executeTakeFirstOrThrow();
  return toLanguage(row.language) ?? row.default_language;
}

/** Intercom's `trackEvent`: recorded against the visitor's contact. */
export async function trackVisitorEvent(
  db: Db,
  visitor: VisitorSession,
  input: z.output<typeof ZTrackEventRequestSchema>,
): Promise<void> {
  await db
    .insertInto('contact_events')
    .values({
      workspace_id: visitor.workspaceId,
      contact_id: visitor.contactId,
      name: input.event_name,
      metadata: JSON.stringify(input.metadata ?? {}),
    })
    .execute();
}
