import type { WorkflowInput } from '../../../protocol/workflows.ts';

/**
 * The triage bot a new workspace starts from: it asks what the conversation is about, one follow-up per
 * topic, stores the answers as attributes, and hands off to a person with everything the agent needs.
 */
export const DEMO_TRIAGE_WORKFLOW: WorkflowInput = {
  name: 'Clasificación',
  enabled: true,
  definition: {
    start: 'greeting',
    steps: [
      {
        type: 'message',
        id: 'greeting',
        text: {
          en: "Hi there! I'm the virtual assistant. Let me ask you a couple of quick questions so the right person can help you.",
          es: '¡Hola! Soy el asistente virtual. Te hago un par de preguntas rápidas para que te atienda la persona adecuada.',
        },
        next: 'topic',
      },
      {
        type: 'buttons',
        id: 'topic',
        text: { en: 'What can we help you with?', es: '¿En qué podemos ayudarte?' },
        attribute: 'topic',
        options: [
          { id: 'billing', label: { en: 'Billing', es: 'Facturación' }, value: 'billing', next: 'billing_topic' },
          {
            id: 'technical',
            label: { en: 'A technical problem', es: 'Un problema técnico' },
            value: 'technical',
            next: 'problem',
          },
          { id: 'account', label: { en: 'My account', es: 'Mi cuenta' }, value: 'account', next: 'account_topic' },
          { id: 'other', label: { en: 'Something else', es: 'Otra cosa' }, value: 'other', next: 'question' },
        ],
        on_text: 'accept',
        text_attribute: 'topic_text',
        text_next: 'handoff_message',
      },
      {
        type: 'buttons',
        id: 'billing_topic',
        text: { en: 'Is it about an invoice or a payment?', es: '¿Es sobre una factura o un pago?' },
        attribute: 'billing_topic',
        options: [
          { id: 'invoice', label: { en: 'An invoice', es: 'Una factura' }, value: 'invoice', next: 'handoff_billing' },
          { id: 'payment', label: { en: 'A payment', es: 'Un pago' }, value: 'payment', next: 'handoff_billing' },
          { id: 'refund', label: { en: 'A refund', es: 'Un reembolso' }, value: 'refund', next: 'handoff_billing' },
        ],
        on_text: 'reask',
        reask_text: {
          en: "Sorry, I didn't get that. Which one is closest?",
          es: 'Perdona, no te he entendido. ¿Cuál se parece más?',
        },
      },
      {
        type: 'handoff',
        id: 'handoff_billing',
        text: {
          en: 'Thanks! Someone from our billing team will be with you shortly.',
          es: '¡Gracias! Enseguida te atiende alguien del equipo de facturación.',
        },
      },
      {
        type: 'text_input',
        id: 'problem',
        text: { en: 'Briefly, what went wrong?', es: 'En pocas palabras, ¿qué ha fallado?' },
        attribute: 'problem',
        validation: 'none',
        next: 'urgency',
      },
      {
        type: 'buttons',
        id: 'urgency',
        text: { en: 'How urgent is it?', es: '¿Qué urgencia tiene?' },
        attribute: 'urgency',
        options: [
          {
            id: 'blocking',
            label: { en: "I'm blocked and can't work", es: 'Estoy bloqueado y no puedo trabajar' },
            value: 'blocking',
            next: 'urgency_check',
          },
          {
            id: 'annoying',
            label: { en: "It's annoying, but I can carry on", es: 'Es molesto, pero puedo seguir' },
            value: 'annoying',
            next: 'urgency_check',
          },
          {
            id: 'question',
            label: { en: "It's just a question", es: 'Solo es una consulta' },
            value: 'question',
            next: 'urgency_check',
          },
        ],
        on_text: 'reask',
      },
      {
        type: 'branch',
        id: 'urgency_check',
        rules: [{ attribute: 'urgency', operator: 'equals', value: 'blocking', next: 'mark_priority' }],
        otherwise: 'handoff_technical',
      },
      { type: 'set_priority', id: 'mark_priority', priority: true, next: 'tag_urgent' },
      { type: 'add_tag', id: 'tag_urgent', tag: 'urgent', next: 'urgent_notice' },
      {
        type: 'message',
        id: 'urgent_notice',
        text: {
          en: "I've marked your conversation as urgent.",
          es: 'He marcado tu conversación como urgente.',
        },
        next: 'handoff_technical',
      },
      {
        type: 'handoff',
        id: 'handoff_technical',
        text: {
          en: 'Thanks for the details! Someone from our technical team will be with you shortly.',
          es: '¡Gracias por los detalles! Enseguida te atiende alguien del equipo técnico.',
        },
      },
      {
        type: 'buttons',
        id: 'account_topic',
        text: { en: 'What do you need to do with your account?', es: '¿Qué necesitas hacer con tu cuenta?' },
        attribute: 'account_topic',
        options: [
          {
            id: 'login',
            label: { en: "I can't log in", es: 'No puedo iniciar sesión' },
            value: 'login',
            next: 'handoff_account',
          },
          {
            id: 'change_plan',
            label: { en: 'Change my plan', es: 'Cambiar de plan' },
            value: 'change_plan',
            next: 'handoff_account',
          },
          {
            id: 'delete_account',
            label: { en: 'Delete my account', es: 'Eliminar mi cuenta' },
            value: 'delete_account',
            next: 'handoff_account',
          },
        ],
        on_text: 'reask',
      },
      {
        type: 'handoff',
        id: 'handoff_account',
        text: {
          en: 'Got it! A teammate will help you with your account shortly.',
          es: '¡Entendido! Enseguida una persona del equipo te ayuda con tu cuenta.',
        },
      },
      {
        type: 'text_input',
        id: 'question',
        text: {
          en: "Tell us what you need and we'll pass it on to the team.",
          es: 'Cuéntanos qué necesitas y se lo pasamos al equipo.',
        },
        attribute: 'question',
        validation: 'none',
        next: 'handoff_message',
      },
      {
        type: 'handoff',
        id: 'handoff_message',
        text: {
          en: 'Thanks! A teammate will read your message and reply shortly.',
          es: '¡Gracias! Una persona del equipo leerá tu mensaje y te responderá enseguida.',
        },
      },
    ],
  },
};
