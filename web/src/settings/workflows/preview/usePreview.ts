import { useCallback, useEffect, useRef, useState } from 'react';
import type { Language } from '../../../../../protocol/common.ts';
import type {
  BotIgnoredReason,
  BotInput,
  BotOutcome,
  BotRunState,
  WorkflowDefinition,
  WorkflowPreview,
} from '../../../../../protocol/workflows.ts';
import { api } from '../../../api.ts';
import { useAction } from '../../../lib/useAction.ts';
import { entriesFromActions, type PreviewEntry } from './previewEntries.ts';

export interface PreviewState {
  run: BotRunState | null;
  attributes: WorkflowPreview['attributes'];
  entries: PreviewEntry[];
  outcome: BotOutcome | null;
  ignoredReason?: BotIgnoredReason;
  /** The draft as it was when this run started, to tell the admin it changed since. */
  startedWith: string;
}

const NOT_STARTED: PreviewState = { run: null, attributes: {}, entries: [], outcome: null, startedWith: '' };

/**
 * Runs the draft as a customer would meet it, one input at a time, through `POST /workflows/preview`;
 * the run and the collected attributes are kept here between calls. Starts again when the language changes.
 */
export function usePreview(definition: WorkflowDefinition, language: Language) {
  const [state, setState] = useState<PreviewState>(NOT_STARTED);
  const { run: perform, isBusy, error } = useAction();
  const latest = useRef({ definition, state });
  latest.current = { definition, state };

  const send = useCallback(
    (input: BotInput, said?: string) =>
      perform(async () => {
        const current = input.type === 'start' ? NOT_STARTED : latest.current.state;
        const draft = latest.current.definition;
        const answer = await api.previewWorkflow({
          definition: draft,
          language,
          run: current.run,
          input,
          attributes: current.attributes,
        });
        setState({
          run: answer.run,
          attributes: answer.attributes,
          outcome: answer.outcome === 'ignored' ? current.outcome : answer.outcome,
          ...(answer.ignored_reason ? { ignoredReason: answer.ignored_reason } : {}),
          entries: [
            ...current.entries,
            ...(said === undefined ? [] : [{ kind: 'customer' as const, text: said }]),
            ...entriesFromActions(answer.actions),
          ],
          startedWith: input.type === 'start' ? JSON.stringify(draft) : current.startedWith,
        });
      }),
    [perform, language],
  );

  const restart = useCallback(() => {
    setState(NOT_STARTED);
    return send({ type: 'start' });
  }, [send]);

  useEffect(() => {
    restart();
  }, [restart]);

  return {
    state,
    isBusy,
    error,
    restart,
    hasDraftChanged: state.startedWith !== '' && state.startedWith !== JSON.stringify(definition),
    clickButton: (stepId: string, option: { id: string; label: string }) =>
      send({ type: 'button', step_id: stepId, option_id: option.id }, option.label),
    typeText: (text: string) => send({ type: 'text', text }, text),
  };
}
