import type { BotAction } from '../../../../../protocol/workflows.ts';

/** One line of the preview's conversation. */
export type PreviewEntry =
  | { kind: 'bot'; text: string; stepId: string | null; options: readonly { id: string; label: string }[] }
  | { kind: 'customer'; text: string }
  | { kind: 'tag'; tag: string }
  | { kind: 'priority'; isPriority: boolean }
  | { kind: 'team'; teamId: string }
  | { kind: 'handed_off'; reason: string }
  | { kind: 'closed' };

/** What the customer would see (and the agent would find) after the bot's actions, in order. */
export function entriesFromActions(actions: readonly BotAction[]): PreviewEntry[] {
  return actions.flatMap((action): PreviewEntry[] => {
    switch (action.type) {
      case 'send_message':
        return [{ kind: 'bot', text: action.text, stepId: action.step_id, options: action.options ?? [] }];
      case 'set_attribute':
        return [];
      case 'add_tag':
        return [{ kind: 'tag', tag: action.tag }];
      case 'set_priority':
        return [{ kind: 'priority', isPriority: action.priority }];
      case 'assign_team':
        return [{ kind: 'team', teamId: action.team_id }];
      case 'handoff':
        return [
          { kind: 'bot', text: action.text, stepId: null, options: [] },
          { kind: 'handed_off', reason: action.reason },
        ];
      case 'close':
        return [{ kind: 'bot', text: action.text, stepId: null, options: [] }, { kind: 'closed' }];
      default:
        return [];
    }
  });
}
