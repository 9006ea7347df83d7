import type { UpdateAdminRequest } from '../../../protocol/admins.ts';
import { forbidden } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';

const isAdmin = (actor: Actor) => actor.teammate.role === 'admin';
const isManagerOrAdmin = (actor: Actor) => actor.teammate.role !== 'agent';
const isSelf = (actor: Actor, teammateId: number) => actor.teammate.id === teammateId;

/** Inviting, changing roles and deactivating are for admins only. */
export function assertCanManageTeammates(actor: Actor): void {
  if (!isAdmin(actor)) throw forbidden('Only admins can manage teammates');
}

/** Anyone may edit their own name, title, language and time zone; admins may edit anyone's, and role and active. */
export function assertCanUpdateTeammate(actor: Actor, teammateId: number, changes: UpdateAdminRequest): void {
  const touchesAccess = changes.role !== undefined || changes.active !== undefined;
  if (touchesAccess || !isSelf(actor, teammateId)) assertCanManageTeammates(actor);
}

/** Teammates set themselves away; managers and admins may set anyone (e.g. someone who forgot). */
export function assertCanSetAway(actor: Actor, teammateId: number): void {
  if (!isSelf(actor, teammateId) && !isManagerOrAdmin(actor)) {
    throw forbidden('Only managers and admins can change another teammate’s status');
  }
}
