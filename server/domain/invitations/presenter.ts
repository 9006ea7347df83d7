import type { Invitation } from '../../../protocol/auth.ts';
import { unixSeconds } from '../../lib/time.ts';
import type { InvitationRow } from './service.ts';

export function presentInvitation(row: InvitationRow, inviteUrl?: string): Invitation {
  return {
    type: 'invitation',
    id: String(row.id),
    email: row.email,
    role: row.role,
    created_at: unixSeconds(row.created_at),
    expires_at: unixSeconds(row.expires_at),
    ...(inviteUrl ? { invite_url: inviteUrl } : {}),
  };
}
