import { forbidden } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';

/**
 * Anyone keeps private views; shared views shape everyone's inbox, so only managers and admins create,
 * change or delete them. (Another teammate's private view is never found: a 404, not a 403.)
 */
export function assertCanWriteView(actor: Actor, kind: 'shared' | 'private'): void {
  if (kind === 'shared' && actor.teammate.role === 'agent') {
    throw forbidden('Only managers and admins can change shared views');
  }
}
