import { forbidden } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';

/** Managers and admins curate the workspace's saved replies; agents use them. */
export function assertCanManageSavedReplies(actor: Actor): void {
  if (actor.teammate.role === 'agent') throw forbidden('Only managers and admins can manage saved replies');
}
