import type { AssignmentDecision } from '../../../../protocol/assignment.ts';
import type { Conversation, ConversationPart } from '../../../../protocol/conversations.ts';

/**
 * The automatic assignment's decision kept on its part (`metadata.assignment`, ZAssignmentDecisionSchema);
 * undefined for a teammate's own assignment. Checked by shape, so the inbox bundle needs no zod.
 */
export function assignmentDecisionOf(part: ConversationPart): AssignmentDecision | undefined {
  if (part.part_type !== 'assignment' || part.author.type !== 'bot') return undefined;
  const decision = part.metadata?.assignment as Partial<AssignmentDecision> | undefined;
  if (typeof decision?.rule !== 'string' || !Array.isArray(decision.candidates)) return undefined;
  if (typeof decision.because !== 'string' || !decision.language) return undefined;
  return decision as AssignmentDecision;
}

/** Whether the part gave the conversation what it holds now: its teammate, or (with none) its team's queue. */
function madeCurrentAssignment(part: ConversationPart, conversation: Conversation): boolean {
  const to = part.assigned_to;
  if (part.part_type !== 'assignment' || !to) return false;
  const { admin_assignee_id: adminId, team_assignee_id: teamId } = conversation;
  if (adminId !== null) return to.type === 'admin' && to.id === String(adminId);
  return teamId !== null && to.type === 'team' && to.id === String(teamId);
}

/** The latest assignment part behind the conversation's current assignee (or its queue), if the thread has it. */
export function currentAssignmentPart(conversation: Conversation): ConversationPart | undefined {
  const parts = conversation.conversation_parts?.conversation_parts ?? [];
  return parts.findLast((part) => madeCurrentAssignment(part, conversation));
}
