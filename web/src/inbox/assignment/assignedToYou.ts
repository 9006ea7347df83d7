import type { Conversation, ConversationPart } from '../../../../protocol/conversations.ts';

const PREVIEW_LENGTH = 90;

/** A conversation just given to the signed-in teammate by someone else or by the rules. */
export interface AssignedNotice {
  conversationId: string;
  contact: string;
  preview: string;
  /** The teammate who assigned it; null when the rules did. */
  by: string | null;
}

/** An assignment part that gives the conversation to `meId`, made by anyone but `meId`. */
export function isAssignedToMeByOthers(part: ConversationPart | undefined, meId: string): part is ConversationPart {
  if (part?.part_type !== 'assignment') return false;
  if (part.assigned_to?.type !== 'admin' || part.assigned_to.id !== meId) return false;
  return !(part.author.type === 'admin' && part.author.id === meId);
}

/** What the customer wrote first, as one short line of text (the thread's opening message is HTML). */
export function openingPreview(conversation: Conversation): string {
  const html = conversation.source.body;
  const text = (new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '').replace(/\s+/g, ' ').trim();
  const line = text || conversation.last_part_preview || '';
  return line.length > PREVIEW_LENGTH ? `${line.slice(0, PREVIEW_LENGTH - 1)}…` : line;
}
