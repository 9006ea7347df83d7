import type { Db, TeammateRow } from '../../db/index.ts';
import type { EventBus } from '../../events/bus.ts';
import type { ContactRow, ConversationContext } from './rows.ts';

/** What conversation use cases need from the app. */
export interface Services {
  db: Db;
  eventBus: EventBus;
}

/** A presenter context for events, built from rows already at hand (no extra queries on the write path). */
export function writeContext(contact: ContactRow | undefined, teammate?: TeammateRow): ConversationContext {
  const teammates = new Map(teammate ? [[teammate.id, { name: teammate.name, email: teammate.email }]] : []);
  return { contact, tags: [], read: false, teammates };
}
