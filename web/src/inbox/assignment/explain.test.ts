import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { AssignmentDecision } from '../../../../protocol/assignment.ts';
import type { ConversationPart } from '../../../../protocol/conversations.ts';
import { en } from '../../i18n/en.ts';
import { es } from '../../i18n/es.ts';
import { isAssignedToMeByOthers } from './assignedToYou.ts';
import { assignmentHeadline, candidateStatus, languageNote, triggerText } from './explain.ts';

function translator(language: 'en' | 'es') {
  const i18n = createInstance();
  void i18n.init({
    resources: { en: { translation: en }, es: { translation: es } },
    lng: language,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18n.t;
}

const SUPPORT = { id: 7, name: 'Soporte / Support' };
const LUIS = { teammate_id: 3, name: 'Luis Pérez', open_count: 2 };
const SOFIA = { teammate_id: 4, name: 'Sofía Romero', open_count: 3 };
const EMMA = { teammate_id: 5, name: 'Emma Walsh', open_count: 0 };

function decisionOf(overrides: Partial<AssignmentDecision>): AssignmentDecision {
  return {
    rule: 'round_robin',
    candidates: [
      { ...LUIS, eligible: false, reason: 'away' },
      { ...SOFIA, eligible: true, reason: null },
      { ...EMMA, eligible: false, reason: 'language' },
    ],
    chosen: 4,
    because: 'next_in_rotation',
    language: { conversation: 'es', routed: true, fell_back: false },
    team: SUPPORT,
    trigger: 'handoff',
    ...overrides,
  };
}

function partTo(
  type: 'admin' | 'team' | 'nobody',
  id: string | null,
  author: { type: string; id: string | null } = { type: 'bot', id: null },
) {
  return {
    part_type: 'assignment',
    assigned_to: { type, id },
    author: { ...author, name: null, email: null },
  } as ConversationPart;
}

describe('assignment explanations', () => {
  const t = translator('en');

  it('names the assignee, the rule and the team of an automatic assignment', () => {
    expect(assignmentHeadline(t, partTo('admin', '4'), decisionOf({}))).toBe(
      'Assigned to Sofía Romero · round robin (Soporte / Support)',
    );
  });

  it('says a queued conversation waits in its team’s queue because nobody was available', () => {
    const decision = decisionOf({ chosen: null, because: 'nobody_available' });
    expect(assignmentHeadline(t, partTo('team', '7'), decision)).toBe(
      'Waiting in Soporte / Support’s queue — nobody available',
    );
  });

  it('says who had it and why when it went back to the queue', () => {
    const decision = decisionOf({
      chosen: null,
      because: 'nobody_available',
      trigger: 'away',
      previous: { teammate_id: 3, name: 'Luis Pérez', reason: 'away' },
    });
    expect(assignmentHeadline(t, partTo('team', '7'), decision)).toBe(
      'Returned to Soporte / Support’s queue: Luis Pérez is away',
    );
    expect(triggerText(t, decision)).toBe('When Luis Pérez went away');
  });

  it('puts every skipped teammate’s reason in words, open count and language included', () => {
    const decision = decisionOf({ rule: 'balanced', because: 'fewest_open' });
    const atCapacity = { ...LUIS, eligible: false, reason: 'at_capacity' as const };
    expect(candidateStatus(t, decision, atCapacity)).toBe('Skipped: at capacity (2 open)');
    expect(candidateStatus(t, decision, { ...EMMA, eligible: false, reason: 'language' })).toBe(
      'Skipped: doesn’t take Spanish',
    );
    expect(candidateStatus(t, decision, { ...SOFIA, eligible: true, reason: null })).toBe('Chosen');
  });

  it('calls an eligible teammate of a manual team available, and of a rotation available but not next', () => {
    const manual = decisionOf({ rule: 'manual', chosen: null, because: 'manual_method' });
    const beatriz = { ...SOFIA, eligible: true, reason: null };
    expect(candidateStatus(t, manual, beatriz)).toBe('Available');
    expect(candidateStatus(t, decisionOf({ chosen: 5 }), beatriz)).toBe('Available, not next');
    expect(assignmentHeadline(t, partTo('team', '7'), manual)).toBe(
      'Waiting in Soporte / Support’s queue for someone to pick it',
    );
  });

  it('tells a language fallback apart from plain language routing', () => {
    expect(languageNote(t, decisionOf({}))).toBe('In Spanish: only teammates who take it');
    expect(languageNote(t, decisionOf({ language: { conversation: 'en', routed: true, fell_back: true } }))).toBe(
      'In English: nobody available takes it, so everyone available was considered',
    );
    expect(languageNote(t, decisionOf({ language: { conversation: null, routed: false, fell_back: false } }))).toBe(
      undefined,
    );
  });

  it('speaks Spanish to a Spanish-speaking teammate', () => {
    const spanish = translator('es');
    expect(assignmentHeadline(spanish, partTo('admin', '4'), decisionOf({}))).toBe(
      'Asignada a Sofía Romero · por turnos (Soporte / Support)',
    );
    expect(candidateStatus(spanish, decisionOf({}), { ...EMMA, eligible: false, reason: 'language' })).toBe(
      'No disponible: no atiende en español',
    );
  });
});

describe('the assigned-to-you notice', () => {
  it('is for assignments to me by the rules or by another teammate, not by myself', () => {
    expect(isAssignedToMeByOthers(partTo('admin', '4'), '4')).toBe(true);
    expect(isAssignedToMeByOthers(partTo('admin', '4', { type: 'admin', id: '1' }), '4')).toBe(true);
    expect(isAssignedToMeByOthers(partTo('admin', '4', { type: 'admin', id: '4' }), '4')).toBe(false);
    expect(isAssignedToMeByOthers(partTo('admin', '5'), '4')).toBe(false);
    expect(isAssignedToMeByOthers(partTo('team', '7'), '4')).toBe(false);
  });
});
