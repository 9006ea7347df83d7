import type { ConversationPart } from '../../../../protocol/conversations.ts';
import { TICKET_STATE_CATEGORIES, type TicketStateCategory } from '../../../../protocol/tickets.ts';

/** Thread parts that tell what happened to a ticket (rendered as event lines, never as bubbles). */
export const TICKET_EVENT_TYPES = new Set(['ticket_state_updated', 'ticket_linked', 'ticket_attribute_updated']);

export const isTicketEvent = (part: ConversationPart) => TICKET_EVENT_TYPES.has(part.part_type);

export const isStateCategory = (value: unknown): value is TicketStateCategory =>
  typeof value === 'string' && (TICKET_STATE_CATEGORIES as readonly string[]).includes(value);

/**
 * The label teammates saw for the new state when it changed, in `language`; else undefined (the caller
 * names the category instead).
 */
export function stateLabelOf(metadata: ConversationPart['metadata'], language: string): string | undefined {
  const labels = metadata?.labels as { internal?: Record<string, unknown> } | undefined;
  const label = labels?.internal?.[language.slice(0, 2)] ?? labels?.internal?.en;
  return typeof label === 'string' && label.trim() !== '' ? label : undefined;
}

/** The names an attribute update lists, with title, description and sharing in the reader's words. */
export function changedNames(metadata: ConversationPart['metadata'], builtIn: Record<string, string>): string[] {
  const changed = Array.isArray(metadata?.changed) ? metadata.changed : [];
  return changed.filter((name): name is string => typeof name === 'string').map((name) => builtIn[name] ?? name);
}
