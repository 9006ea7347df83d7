import { forbidden } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';

/** Managers and admins shape ticket types and states; every teammate works tickets. */
export function assertCanManageTicketTypes(actor: Actor): void {
  if (actor.teammate.role === 'agent') throw forbidden('Only managers and admins can manage ticket types');
}
