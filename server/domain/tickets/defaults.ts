import type { Language } from '../../../protocol/common.ts';
import type { Db } from '../../db/index.ts';
import type { TicketCategory, TicketStateCategory } from '../../db/schema-tickets.ts';

interface DefaultState {
  category: TicketStateCategory;
  internal: Record<Language, string>;
  external: Record<Language, string>;
}

/** One state per category; teams rename them (or add more) later. External labels speak to the customer. */
export const DEFAULT_TICKET_STATES: DefaultState[] = [
  {
    category: 'submitted',
    internal: { en: 'Submitted', es: 'Enviado' },
    external: { en: 'Received', es: 'Recibido' },
  },
  {
    category: 'in_progress',
    internal: { en: 'In progress', es: 'En curso' },
    external: { en: 'In progress', es: 'En curso' },
  },
  {
    category: 'waiting_on_customer',
    internal: { en: 'Waiting on customer', es: 'Esperando al cliente' },
    external: { en: 'Awaiting your reply', es: 'Esperando tu respuesta' },
  },
  {
    category: 'resolved',
    internal: { en: 'Resolved', es: 'Resuelto' },
    external: { en: 'Resolved', es: 'Resuelto' },
  },
];

interface DefaultType {
  category: TicketCategory;
  name: Record<Language, string>;
  description: Record<Language, string>;
  icon: string;
}

export const DEFAULT_TICKET_TYPES: DefaultType[] = [
  {
    category: 'Customer',
    name: { en: 'Customer ticket', es: 'Ticket de cliente' },
    description: {
      en: 'Follow-up work the customer can follow: state, description and public comments.',
      es: 'Seguimiento que el cliente puede consultar: estado, descripción y comentarios públicos.',
    },
    icon: '🎫',
  },
  {
    category: 'Back-office',
    name: { en: 'Back-office task', es: 'Tarea interna' },
    description: {
      en: 'Work behind the scenes; the customer does not see it.',
      es: 'Trabajo interno; el cliente no lo ve.',
    },
    icon: '🗂️',
  },
  {
    category: 'Tracker',
    name: { en: 'Tracker', es: 'Seguimiento de incidencia' },
    description: {
      en: 'One problem that many customers report: links their conversations.',
      es: 'Un problema que reportan muchos clientes: agrupa sus conversaciones.',
    },
    icon: '🐞',
  },
];

/**
 * Gives a workspace the default ticket states and types, named in its language, if it has none. Seeding
 * only (no events): it runs when the workspace is created. Idempotent per table.
 */
export async function ensureTicketDefaults(db: Db, workspaceId: string, language: Language): Promise<void> {
  const hasStates = await db
    .selectFrom('ticket_states')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!hasStates) {
    await db
      .insertInto('ticket_states')
      .values(
        DEFAULT_TICKET_STATES.map((state, position) => ({
          workspace_id: workspaceId,
          category: state.category,
          internal_label_en: state.internal.en,
          internal_label_es: state.internal.es,
          external_label_en: state.external.en,
          external_label_es: state.external.es,
          position,
        })),
      )
      .execute();
  }
  const hasTypes = await db
    .selectFrom('ticket_types')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!hasTypes) {
    await db
      .insertInto('ticket_types')
      .values(
        DEFAULT_TICKET_TYPES.map((type) => ({
          workspace_id: workspaceId,
          category: type.category,
          name: type.name[language],
          description: type.description[language],
          icon: type.icon,
        })),
      )
      .execute();
  }
}
