import type { TFunction } from 'i18next';

const REASON_KEYS = {
  workflow: 'bot.reasons.workflow',
  no_answer: 'bot.reasons.no_answer',
  invalid_answer: 'bot.reasons.invalid_answer',
  customer_idle: 'bot.reasons.customer_idle',
  step_limit: 'bot.reasons.step_limit',
  unknown_step: 'bot.reasons.unknown_step',
} as const;

const STEP_FAILED = 'step_failed:';

/** Why the bot handed a conversation to a person, as the agent reads it ("customer stopped answering"). */
export function handoffReasonText(t: TFunction, reason: unknown): string {
  if (typeof reason !== 'string') return t('bot.reasons.unknown');
  if (reason.startsWith(STEP_FAILED))
    return t('bot.reasons.step_failed', { detail: reason.slice(STEP_FAILED.length).trim() });
  return reason in REASON_KEYS ? t(REASON_KEYS[reason as keyof typeof REASON_KEYS]) : reason;
}
