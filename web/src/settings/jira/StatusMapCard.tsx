import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_IDS, ruleInputId } from './fieldIds.ts';
import { type StateOption, StatusRuleRow } from './StatusRuleRow.tsx';
import { addRule, moveRule, type RuleDraft } from './statusRules.ts';

interface StatusMapCardProps {
  rules: RuleDraft[];
  onRulesChange: (rules: RuleDraft[]) => void;
  states: readonly StateOption[];
  /** Before the first save the server picks the starting map; until then there is nothing to edit. */
  isConfigured: boolean;
  /** Admins add, remove and reorder rules; others read them. */
  canEdit: boolean;
  errorFor: (rule: RuleDraft, part: 'value' | 'state') => string | undefined;
  /** A problem with the map as a whole (a state that no longer exists). */
  mapError?: string;
}

/** The rules that move a ticket when its Jira issue changes status: add, remove and reorder them. */
export function StatusMapCard({
  rules,
  onRulesChange,
  states,
  isConfigured,
  canEdit,
  errorFor,
  mapError,
}: StatusMapCardProps) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const [focusId, setFocusId] = useState<string>();

  // After a move or removal, keep the keyboard where the teammate was working.
  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(undefined);
  }, [focusId]);

  function move(index: number, offset: -1 | 1) {
    const rule = rules[index];
    if (!rule) return;
    const position = index + offset;
    const isAtEdge = position === 0 || position === rules.length - 1;
    const direction = offset === -1 ? 'up' : 'down';
    const opposite = offset === -1 ? 'down' : 'up';
    onRulesChange(moveRule(rules, index, offset));
    setFocusId(ruleInputId(rule.key, isAtEdge ? opposite : direction));
    setAnnouncement(t('jira.statusMap.moved', { position: position + 1 }));
  }

  function remove(index: number) {
    const next = rules[index + 1] ?? rules[index - 1];
    onRulesChange(rules.filter((_, candidate) => candidate !== index));
    setFocusId(next ? ruleInputId(next.key, 'value') : FIELD_IDS.statusMap);
    setAnnouncement(t('jira.statusMap.removed'));
  }

  function add(kind: RuleDraft['kind']) {
    const added = addRule(rules, kind);
    const rule = added[added.length - 1];
    onRulesChange(added);
    if (rule) setFocusId(ruleInputId(rule.key, 'value'));
    setAnnouncement(t('jira.statusMap.added', { position: added.length }));
  }

  return (
    <section className="card stack" aria-labelledby="jira-status-map-title">
      <div>
        <h3 id="jira-status-map-title">{t('jira.statusMap.title')}</h3>
        <p className="muted">{t('jira.statusMap.intro')}</p>
        {isConfigured ? <p className="hint">{t('jira.statusMap.order')}</p> : null}
      </div>
      {isConfigured ? (
        <>
          {rules.length === 0 ? <p className="hint">{t('jira.statusMap.empty')}</p> : null}
          <ol className="status-rules" aria-label={t('jira.statusMap.rules')}>
            {rules.map((rule, index) => (
              <StatusRuleRow
                key={rule.key}
                rule={rule}
                position={index}
                count={rules.length}
                canEdit={canEdit}
                states={states}
                errors={{ value: errorFor(rule, 'value'), state: errorFor(rule, 'state') }}
                onChange={(changed) => onRulesChange(rules.map((r) => (r.key === changed.key ? changed : r)))}
                onMove={(offset) => move(index, offset)}
                onRemove={() => remove(index)}
              />
            ))}
          </ol>
          <p className="field-error">{mapError}</p>
          {canEdit ? (
            <div className="form-actions">
              <button
                type="button"
                id={FIELD_IDS.statusMap}
                className="button secondary small"
                onClick={() => add('status')}
              >
                {t('jira.statusMap.addStatus')}
              </button>
              <button type="button" className="button secondary small" onClick={() => add('category')}>
                {t('jira.statusMap.addCategory')}
              </button>
            </div>
          ) : null}
          <p className="no-match">{t('jira.statusMap.noMatch')}</p>
          <p role="status" className="visually-hidden">
            {announcement}
          </p>
        </>
      ) : (
        <p className="note">{t('jira.statusMap.firstTime')}</p>
      )}
    </section>
  );
}
