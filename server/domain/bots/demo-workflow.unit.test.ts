import { describe, expect, it } from 'vitest';
import { type BotAction, ZWorkflowInputSchema } from '../../../protocol/workflows.ts';
import { DEMO_TRIAGE_WORKFLOW } from './demo-workflow.ts';
import { validateDefinition } from './validate.ts';
import { click, converse, lastResult, START, typed } from './workflow-fixtures.ts';

const TRIAGE = DEMO_TRIAGE_WORKFLOW.definition;

const said = (actions: BotAction[]) => actions.flatMap((action) => ('text' in action ? [action.text] : []));

describe('the demo triage workflow', () => {
  it('is a valid workflow input, unchanged by parsing', () => {
    expect(ZWorkflowInputSchema.parse(DEMO_TRIAGE_WORKFLOW)).toEqual(DEMO_TRIAGE_WORKFLOW);
    expect(DEMO_TRIAGE_WORKFLOW.name).toBe('Clasificación');
  });

  it('validates clean', () => {
    expect(validateDefinition(TRIAGE, { teamIds: new Set() })).toEqual([]);
  });

  it('greets and asks for the topic with four buttons', () => {
    const { results } = converse(TRIAGE, [START]);
    expect(results[0]?.run).toEqual({ step_id: 'topic', status: 'waiting', reasks: 0 });
    expect(results[0]?.actions[1]).toEqual({
      type: 'send_message',
      text: 'What can we help you with?',
      options: [
        { id: 'billing', label: 'Billing' },
        { id: 'technical', label: 'A technical problem' },
        { id: 'account', label: 'My account' },
        { id: 'other', label: 'Something else' },
      ],
      step_id: 'topic',
    });
  });

  it.each([
    {
      path: 'billing',
      inputs: [click('topic', 'billing'), click('billing_topic', 'refund')],
      attributes: { topic: 'billing', billing_topic: 'refund' },
      handoff: 'Thanks! Someone from our billing team will be with you shortly.',
    },
    {
      path: 'a technical problem that is not blocking',
      inputs: [click('topic', 'technical'), typed('Exports time out'), click('urgency', 'annoying')],
      attributes: { topic: 'technical', problem: 'Exports time out', urgency: 'annoying' },
      handoff: 'Thanks for the details! Someone from our technical team will be with you shortly.',
    },
    {
      path: 'account',
      inputs: [click('topic', 'account'), click('account_topic', 'change_plan')],
      attributes: { topic: 'account', account_topic: 'change_plan' },
      handoff: 'Got it! A teammate will help you with your account shortly.',
    },
    {
      path: 'something else',
      inputs: [click('topic', 'other'), typed('Do you have a partner programme?')],
      attributes: { topic: 'other', question: 'Do you have a partner programme?' },
      handoff: 'Thanks! A teammate will read your message and reply shortly.',
    },
    {
      path: 'a typed topic',
      inputs: [typed('I want to talk to sales')],
      attributes: { topic_text: 'I want to talk to sales' },
      handoff: 'Thanks! A teammate will read your message and reply shortly.',
    },
  ])('runs the $path path end to end and hands off with its answers stored', ({ inputs, attributes, handoff }) => {
    const conversation = converse(TRIAGE, [START, ...inputs]);
    expect(conversation.results.map((result) => result.outcome)).toEqual([
      ...inputs.map(() => 'waiting'),
      'handed_off',
    ]);
    expect(conversation.attributes).toEqual(attributes);
    expect(lastResult(conversation).actions.at(-1)).toEqual({ type: 'handoff', reason: 'workflow', text: handoff });
    expect(conversation.run?.status).toBe('finished');
  });

  it('marks a blocking technical problem as priority and tags it urgent before handing off', () => {
    const conversation = converse(TRIAGE, [
      START,
      click('topic', 'technical'),
      typed('Login is down'),
      click('urgency', 'blocking'),
    ]);
    expect(lastResult(conversation).actions).toEqual([
      { type: 'set_attribute', name: 'urgency', value: 'blocking' },
      { type: 'set_priority', priority: true },
      { type: 'add_tag', tag: 'urgent' },
      { type: 'send_message', text: "I've marked your conversation as urgent.", step_id: 'urgent_notice' },
      {
        type: 'handoff',
        reason: 'workflow',
        text: 'Thanks for the details! Someone from our technical team will be with you shortly.',
      },
    ]);
  });

  it('runs in Spanish, taking typed labels without accents as clicks', () => {
    const conversation = converse(TRIAGE, [START, typed('facturacion'), typed('un reembolso')], { language: 'es' });
    expect(conversation.results.flatMap((result) => said(result.actions))).toEqual([
      '¡Hola! Soy el asistente virtual. Te hago un par de preguntas rápidas para que te atienda la persona adecuada.',
      '¿En qué podemos ayudarte?',
      '¿Es sobre una factura o un pago?',
      '¡Gracias! Enseguida te atiende alguien del equipo de facturación.',
    ]);
    expect(conversation.attributes).toEqual({ topic: 'billing', billing_topic: 'refund' });
  });

  it('asks the billing question again, then hands off with no_answer', () => {
    const conversation = converse(TRIAGE, [START, click('topic', 'billing'), typed('hmm'), typed('what?'), typed('?')]);
    expect(said(conversation.results[2]?.actions ?? [])).toEqual(["Sorry, I didn't get that. Which one is closest?"]);
    expect(lastResult(conversation).actions).toEqual([
      { type: 'handoff', reason: 'no_answer', text: 'Thanks! A teammate will be with you shortly.' },
    ]);
  });
});
