import { forbidden } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';

export function assertCanManageTokens(actor: Actor): void {
  if (actor.teammate.role !== 'admin') throw forbidden('Only admins can manage access tokens');
}
