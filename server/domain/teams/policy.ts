import { forbidden } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';

/** Managers organise their teams; agents see them. */
export function assertCanManageTeams(actor: Actor): void {
  if (actor.teammate.role === 'agent') throw forbidden('Only managers and admins can manage teams');
}
