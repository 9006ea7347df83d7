import { ZEmailSchema } from '../../../protocol/common.ts';
import type { ButtonOption, TextValidation } from '../../../protocol/workflows.ts';

/** How much typed text an attribute keeps. */
export const MAX_TEXT_ANSWER_LENGTH = 1000;

const EDGE_NOISE = /^[\p{P}\p{S}\p{Cf}\s]+|[\p{P}\p{S}\p{Cf}\s]+$/gu;

/** What a typed answer and a label are compared as: no case, accents, emoji or surrounding punctuation. */
export function normalizeLabel(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(EDGE_NOISE, '').replace(/\s+/g, ' ');
}

/** The option whose label, in either language, the customer typed instead of clicking. */
export function optionForText(options: readonly ButtonOption[], text: string): ButtonOption | undefined {
  const typed = normalizeLabel(text);
  if (typed === '') return undefined;
  return options.find(
    (option) => normalizeLabel(option.label.en) === typed || normalizeLabel(option.label.es) === typed,
  );
}

/** Typed text as an attribute keeps it: trimmed, cut to the limit; null when nothing was typed. */
export function freeTextAnswer(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const characters = [...trimmed];
  return characters.length > MAX_TEXT_ANSWER_LENGTH ? characters.slice(0, MAX_TEXT_ANSWER_LENGTH).join('') : trimmed;
}

/** "3", "-2", "1.5" and the Spanish "1,5"; no thousands separators, which read differently in each language. */
const NUMBER = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/;

function numberAnswer(text: string): number | null {
  if (!NUMBER.test(text)) return null;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/** A text input's answer as stored, or null when it does not pass the step's validation. */
export function textInputAnswer(validation: TextValidation, text: string): string | number | null {
  const answer = freeTextAnswer(text);
  if (answer === null) return null;
  if (validation === 'number') return numberAnswer(answer);
  if (validation === 'email') {
    const email = ZEmailSchema.safeParse(answer);
    return email.success ? email.data : null;
  }
  return answer;
}
