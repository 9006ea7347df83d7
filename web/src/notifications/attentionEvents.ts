import type { ConversationPart } from '../../../protocol/conversations.ts';
import type { CharlaEvent } from '../../../protocol/events.ts';
import { isAssignedToMeByOthers } from '../inbox/assignment/assignedToYou.ts';

/** Something that asks for the signed-in teammate's attention: a conversation given to them, or a mention. */
export type Attention =
  | { kind: 'assigned'; conversationId: string; byName: string | null }
  | { kind: 'mention'; conversationId: string; partId: string };

/** Events replayed after a long disconnection are old news: no notification for them. */
const FRESH_SECONDS = 300;

/** What the event asks of `meId`, if anything; never their own doing. */
export function attentionOf(event: CharlaEvent, meId: string, nowSeconds: number): Attention | undefined {
  const conversationId = event.conversation_id;
  if (!conversationId || nowSeconds - event.created_at > FRESH_SECONDS) return undefined;
  if (event.topic === 'mention.created') {
    const { part_id: partId, by_admin_id: byAdminId } = event.data as { part_id?: unknown; by_admin_id?: unknown };
    if (typeof partId !== 'string' || byAdminId === meId) return undefined;
    return { kind: 'mention', conversationId, partId };
  }
  if (event.topic !== 'conversation.part.created') return undefined;
  const part = event.data.part as ConversationPart | undefined;
  if (!isAssignedToMeByOthers(part, meId)) return undefined;
  return { kind: 'assigned', conversationId, byName: part.author.type === 'admin' ? part.author.name : null };
}

/** Where a click on the notification leads: the conversation, in the view that holds it for me. */
export function attentionHref(attention: Attention): string {
  const view = attention.kind === 'assigned' ? 'you' : 'mentions';
  return `/inbox/${view}/${encodeURIComponent(attention.conversationId)}`;
}
