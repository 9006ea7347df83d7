import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../protocol/common.ts';
import { handoffReasonText } from '../../../inbox/handoffReason.ts';
import { useWorkflowEditor } from '../stepContext.ts';
import type { PreviewEntry } from './previewEntries.ts';

interface PreviewTranscriptProps {
  entries: readonly PreviewEntry[];
  language: Language;
  /** The buttons step the run waits at: only its buttons can be clicked. */
  waitingStepId: string | null;
  isBusy: boolean;
  onClick: (stepId: string, option: { id: string; label: string }) => void;
}

/** The preview's conversation: the bot on the left, the customer on the right, what the bot did in between. */
export function PreviewTranscript({ entries, language, waitingStepId, isBusy, onClick }: PreviewTranscriptProps) {
  const { t, i18n } = useTranslation();
  const { teams } = useWorkflowEditor();
  const end = useRef<HTMLLIElement>(null);
  const lastQuestion = entries.findLastIndex((entry) => entry.kind === 'bot' && entry.options.length > 0);

  useEffect(() => {
    if (entries.length > 0) end.current?.scrollIntoView({ block: 'nearest' });
  }, [entries.length]);

  return (
    <div role="log" aria-label={t('workflows.preview.conversation')}>
      <ol className="preview-transcript" lang={language}>
        {entries.map((entry, index) => {
          const key = `${index}-${entry.kind}`;
          switch (entry.kind) {
            case 'bot': {
              const canClick = index === lastQuestion && entry.stepId !== null && entry.stepId === waitingStepId;
              return (
                <li key={key} className="preview-message from-bot">
                  <p>{entry.text}</p>
                  {entry.options.length > 0 ? (
                    <ul className="preview-buttons" aria-label={t('workflows.preview.options')}>
                      {entry.options.map((option) => (
                        <li key={option.id}>
                          {canClick && entry.stepId ? (
                            <button
                              type="button"
                              className="preview-button"
                              disabled={isBusy}
                              onClick={() => entry.stepId && onClick(entry.stepId, option)}
                            >
                              {option.label}
                            </button>
                          ) : (
                            <span className="preview-button is-past">{option.label}</span>
                          )}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              );
            }
            case 'customer':
              return (
                <li key={key} className="preview-message from-customer">
                  <p>{entry.text}</p>
                </li>
              );
            default:
              return (
                <li key={key} className="preview-event" lang={i18n.language}>
                  {describeEvent(entry)}
                </li>
              );
          }
        })}
        <li ref={end} className="preview-end" aria-hidden="true" />
      </ol>
    </div>
  );

  function describeEvent(entry: Exclude<PreviewEntry, { kind: 'bot' | 'customer' }>): string {
    switch (entry.kind) {
      case 'tag':
        return t('workflows.preview.tagged', { tag: entry.tag });
      case 'priority':
        return entry.isPriority ? t('workflows.preview.prioritized') : t('workflows.preview.deprioritized');
      case 'team': {
        const team = teams.find((candidate) => candidate.id === entry.teamId)?.name ?? entry.teamId;
        return t('workflows.preview.assignedTeam', { team });
      }
      case 'handed_off':
        return t('bot.handedOff', { reason: handoffReasonText(t, entry.reason) });
      case 'closed':
        return t('workflows.preview.closed');
    }
  }
}
