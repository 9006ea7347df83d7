import type { z } from 'zod';
import type {
  ZCreateTicketTypeAttributeRequestSchema,
  ZCreateTicketTypeRequestSchema,
  ZUpdateTicketTypeRequestSchema,
} from '../../../protocol/tickets.ts';
import type { Db } from '../../db/index.ts';
import { isUniqueViolation } from '../../db/index.ts';
import { AppError, notFound } from '../../errors.ts';

type CreateType = z.infer<typeof ZCreateTicketTypeRequestSchema>;
type UpdateType = z.infer<typeof ZUpdateTicketTypeRequestSchema>;
type CreateAttribute = z.infer<typeof ZCreateTicketTypeAttributeRequestSchema>;

const duplicate = (what: string) => new AppError('conflict', `${what} exists already`, { field: 'name' });

/** Intercom's `is_internal` on create is the back-office category when no category is given. */
export async function createTicketType(db: Db, workspaceId: string, input: CreateType): Promise<number> {
  try {
    const row = await db
      .insertInto('ticket_types')
      .values({
        workspace_id: workspaceId,
        name: input.name,
        description: input.description ?? '',
        category: input.is_internal && input.category === 'Customer' ? 'Back-office' : input.category,
        icon: input.icon ?? '🎟️',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate(`A ticket type named "${input.name}"`);
    throw error;
  }
}

export async function updateTicketType(db: Db, workspaceId: string, id: number, input: UpdateType): Promise<void> {
  const { is_internal: _, ...changes } = input;
  try {
    const row = await db
      .updateTable('ticket_types')
      .set({ ...changes, updated_at: new Date() })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst();
    if (!row) throw notFound('ticket_type_not_found', 'Ticket type not found');
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate(`A ticket type named "${input.name}"`);
    throw error;
  }
}

function inputOptions(input: CreateAttribute): string | null {
  if (input.data_type === 'list') {
    const labels = (input.list_items ?? '')
      .split(',')
      .map((label) => label.trim())
      .filter(Boolean);
    if (labels.length === 0)
      throw new AppError('parameter_invalid', 'list_items: a list needs at least one item', { field: 'list_items' });
    return JSON.stringify({ list_options: labels.map((label) => ({ label })) });
  }
  if (input.data_type === 'string') return JSON.stringify({ multiline: input.multiline ?? false });
  return null;
}

export async function createTicketTypeAttribute(
  db: Db,
  workspaceId: string,
  typeId: number,
  input: CreateAttribute,
): Promise<void> {
  const type = await db
    .selectFrom('ticket_types')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', typeId)
    .executeTakeFirst();
  if (!type) throw notFound('ticket_type_not_found', 'Ticket type not found');
  const options = inputOptions(input);
  try {
    await db
      .insertInto('ticket_type_attributes')
      .values({
        workspace_id: workspaceId,
        ticket_type_id: typeId,
        name: input.name,
        description: input.description,
        data_type: input.data_type,
        input_options: options,
        position: 100,
        required_to_create: input.required_to_create,
        required_to_create_for_contacts: input.required_to_create_for_contacts,
        visible_on_create: input.visible_on_create,
        visible_to_contacts: input.visible_to_contacts,
      })
      .execute();
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate(`An attribute named "${input.name}"`);
    throw error;
  }
}

export async function updateTicketTypeAttribute(
  db: Db,
  workspaceId: string,
  typeId: number,
  attributeId: number,
  input: Partial<Omit<CreateAttribute, 'data_type' | 'name'>> & { archived?: boolean; description?: string },
): Promise<void> {
  const { multiline: _, list_items: __, ...changes } = input;
  const row = await db
    .updateTable('ticket_type_attributes')
    .set({ ...changes, updated_at: new Date() })
    .where('workspace_id', '=', workspaceId)
    .where('ticket_type_id', '=', typeId)
    .where('id', '=', attributeId)
    .returning('id')
    .executeTakeFirst();
  if (!row) throw notFound('not_found', 'Ticket type attribute not found');
}

/** A state's four labels (Charla: Intercom edits them only in its UI). */
export async function updateTicketStateLabels(
  db: Db,
  workspaceId: string,
  id: number,
  labels: { internal: { en: string; es: string }; external: { en: string; es: string } },
): Promise<void> {
  const row = await db
    .updateTable('ticket_states')
    .set({
      internal_label_en: labels.internal.en,
      internal_label_es: labels.internal.es,
      external_label_en: labels.external.en,
      external_label_es: labels.external.es,
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  if (!row) throw notFound('not_found', 'Ticket state not found');
}
