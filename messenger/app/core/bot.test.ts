import { describe, expect, it } from 'vitest';
import type { MessengerBotState } from '../../../protocol/messenger.ts';
import { openQuestion } from './bot.ts';
import { buildConversation, buildPart } from './test-parts.ts';

const buttons = [
  { id: 'billing', label: 'Billing' },
  { id: 'tech', label: 'Technical' },
];
const waiting: MessengerBotState = { status: 'waiting', step_id: 's1', input: 'buttons', buttons };
const question = buildPart({ id: '5', author: { type: 'bot', name: 'Bot' }, step_id: 's1', buttons });

describe('openQuestion', () => {
  it('shows the buttons under the bot’s question while the bot waits on it and it is the last part', () => {
    const shown = openQuestion(buildConversation({ bot: waiting }), [buildPart({ id: '4' }), question], {});
    expect(shown).toMatchObject({ stepId: 's1', buttons, answered: undefined });
  });

  it('hides them once someone wrote after the question', () => {
    const later = buildPart({ id: '6', created_at: 1_800_000_100 });
    expect(openQuestion(buildConversation({ bot: waiting }), [question, later], {})).toBeUndefined();
  });

  it('hides them when a person took over or the bot waits for text', () => {
    expect(openQuestion(buildConversation({ bot: { ...waiting, status: 'done' } }), [question], {})).toBeUndefined();
    expect(openQuestion(buildConversation({ bot: { ...waiting, input: 'text' } }), [question], {})).toBeUndefined();
    expect(openQuestion(buildConversation({ bot: null }), [question], {})).toBeUndefined();
  });

  it('hides the buttons of an older question', () => {
    expect(openQuestion(buildConversation({ bot: { ...waiting, step_id: 's2' } }), [question], {})).toBeUndefined();
  });

  it('says which option was picked here, so the buttons stay disabled', () => {
    expect(openQuestion(buildConversation({ bot: waiting }), [question], { '10:s1': 'tech' })?.answered).toBe('tech');
  });
});
