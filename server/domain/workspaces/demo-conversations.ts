import type { Db, TeammateRow } from '../../db/index.ts';
import { createEventBus } from '../../events/bus.ts';
import { DEMO_TRIAGE_WORKFLOW } from '../bots/demo-workflow.ts';
import { createWorkflow, publishWorkflow } from '../bots/workflows.ts';
import { manageConversation } from '../conversations/manage.ts';
import { replyToConversation } from '../conversations/reply.ts';
import { answerBotQuestion, replyAsVisitor, startVisitorConversation } from '../messenger/send.ts';
import { createTicket } from '../tickets/create.ts';
import { loadTicketCatalog } from '../tickets/queries.ts';
import { moveTicketTo } from '../tickets/state.ts';

interface Customer {
  name: string;
  email: string | null;
  role: 'user' | 'lead';
  language: 'en' | 'es';
}

async function insertCustomer(db: Db, workspaceId: string, customer: Customer) {
  const contact = await db
    .insertInto('contacts')
    .values({ workspace_id: workspaceId, ...customer, custom_attributes: '{}' })
    .returning(['id', 'role'])
    .executeTakeFirstOrThrow();
  return { workspaceId, contactId: contact.id, role: contact.role };
}

/**
 * What a newcomer sees on a first start: the bilingual triage workflow, published, and a few conversations
 * that went through it — one still with the bot, some handed off with the customer's answers, one closed.
 * Written through the same use cases the API runs (events are numbered once the server runs).
 */
export async function createDemoConversations(db: Db, workspaceId: string, teammates: TeammateRow[]): Promise<void> {
  const services = { db, eventBus: createEventBus() };
  const admin = teammates[0] as TeammateRow;
  const english = teammates.find((t) => t.language === 'en' && t.role === 'agent') ?? admin;
  const actor = (teammate: TeammateRow) => ({ workspaceId, teammate, via: 'token' as const });
  const workflow = await createWorkflow(db, workspaceId, DEMO_TRIAGE_WORKFLOW);
  await publishWorkflow(db, workspaceId, workflow.id, admin.id);
  let key = 0;
  const k = () => `demo-${++key}`;

  const lucia = await insertCustomer(db, workspaceId, {
    name: 'Lucía Fernández',
    email: null,
    role: 'lead',
    language: 'es',
  });
  await startVisitorConversation(services, lucia, {
    body: 'Hola, ¿tenéis tienda física en Valencia?',
    idempotencyKey: k(),
    language: 'es',
  });

  const carlos = await insertCustomer(db, workspaceId, {
    name: 'Carlos Méndez',
    email: 'carlos@example.com',
    role: 'user',
    language: 'es',
  });
  const refund = await startVisitorConversation(services, carlos, {
    body: 'Buenas, me habéis cobrado dos veces el mismo pedido',
    idempotencyKey: k(),
    language: 'es',
  });
  await answerBotQuestion(services, carlos, Number(refund.conversation.id), {
    stepId: 'topic',
    optionId: 'billing',
    idempotencyKey: k(),
  });
  await answerBotQuestion(services, carlos, Number(refund.conversation.id), {
    stepId: 'billing_topic',
    optionId: 'refund',
    idempotencyKey: k(),
  });

  const olivia = await insertCustomer(db, workspaceId, {
    name: 'Olivia Brown',
    email: 'olivia@example.com',
    role: 'user',
    language: 'en',
  });
  const outage = await startVisitorConversation(services, olivia, {
    body: 'Hi, I cannot log in since this morning',
    idempotencyKey: k(),
    language: 'en',
  });
  const outageId = Number(outage.conversation.id);
  await answerBotQuestion(services, olivia, outageId, { stepId: 'topic', optionId: 'technical', idempotencyKey: k() });
  await replyAsVisitor(services, olivia, outageId, {
    body: 'The login page says "session expired" and loops back',
    idempotencyKey: k(),
  });
  await answerBotQuestion(services, olivia, outageId, { stepId: 'urgency', optionId: 'blocking', idempotencyKey: k() });
  await manageConversation(services, actor(admin), outageId, {
    message_type: 'assignment',
    type: 'admin',
    assignee_id: admin.id,
  });

  const james = await insertCustomer(db, workspaceId, {
    name: 'James Carter',
    email: 'james@example.com',
    role: 'user',
    language: 'en',
  });
  const invoice = await startVisitorConversation(services, james, {
    body: 'Where can I download my invoices?',
    idempotencyKey: k(),
    language: 'en',
  });
  const invoiceId = Number(invoice.conversation.id);
  await answerBotQuestion(services, james, invoiceId, { stepId: 'topic', optionId: 'billing', idempotencyKey: k() });
  await answerBotQuestion(services, james, invoiceId, {
    stepId: 'billing_topic',
    optionId: 'invoice',
    idempotencyKey: k(),
  });
  await replyToConversation(services, actor(english), invoiceId, {
    type: 'admin',
    message_type: 'comment',
    body: '<p>Hi James! Go to Settings → Billing → Invoices; each one has a PDF link.</p>',
  });
  await replyAsVisitor(services, james, invoiceId, { body: 'Found them, thanks!', idempotencyKey: k() });
  await manageConversation(services, actor(english), invoiceId, { message_type: 'close' });

  // Carlos's double charge became a ticket he can follow (the "Tickets" view), being worked on.
  const spanish = teammates.find((t) => t.language === 'es' && t.role === 'agent') ?? admin;
  const catalog = await loadTicketCatalog(db, workspaceId);
  const customerType = [...catalog.types.values()].find((record) => record.type.category === 'Customer');
  if (!customerType) return;
  const ticketId = await createTicket(services, actor(spanish), {
    ticket_type_id: String(customerType.type.id),
    contacts: [{ id: String(carlos.contactId) }],
    ticket_attributes: {
      _default_title_: 'Cobro duplicado del pedido',
      _default_description_:
        'Vemos dos cargos del mismo pedido. Finanzas está revisando el segundo cargo para devolverlo; te avisamos aquí.',
    },
    conversation_to_link_id: refund.conversation.id,
    assignment: { admin_assignee_id: spanish.id },
  });
  await moveTicketTo(services, workspaceId, ticketId, 'in_progress', { type: 'admin', id: spanish.id });
  await replyToConversation(services, actor(spanish), ticketId, {
    type: 'admin',
    message_type: 'note',
    body: '<p>Finanzas confirma el doble cargo; devolución en 3–5 días.</p>',
  });
}
