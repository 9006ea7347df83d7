import type { MessengerConversation, MessengerPart } from '../../../protocol/messenger.ts';

export interface BotQuestion {
  part: MessengerPart;
  stepId: string;
  buttons: { id: string; label: string }[];
  /** The option picked here, if any: the buttons then stay disabled. */
  answered: string | undefined;
}

/**
 * The bot question whose buttons show: the bot waits for a button on that step, and the question is still
 * the last part of the thread (nobody has written since).
 */
export function openQuestion(
  conversation: MessengerConversation | undefined,
  parts: readonly MessengerPart[],
  answered: Readonly<Record<string, string>>,
): BotQuestion | undefined {
  const bot = conversation?.bot;
  const last = parts.at(-1);
  if (!conversation || !bot || bot.status !== 'waiting' || bot.input !== 'buttons' || !last) return undefined;
  if (last.step_id === null || last.step_id !== bot.step_id) return undefined;
  const buttons = last.buttons ?? bot.buttons;
  if (!buttons || buttons.length === 0) return undefined;
  return { part: last, stepId: last.step_id, buttons, answered: answered[`${conversation.id}:${last.step_id}`] };
}
