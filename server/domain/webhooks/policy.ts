import { forbidden } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';

/** Webhooks send the workspace's data to other servers: only admins set them up or read their log. */
export function assertCanManageWebhooks(actor: Actor): void {
  if (actor.teammate.role !== 'admin') throw forbidden('Only admins can manage webhooks');
}
