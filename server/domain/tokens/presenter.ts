import type { AccessToken } from '../../../protocol/tokens.ts';
import { unixSeconds, unixSecondsOrNull } from '../../lib/time.ts';
import type { AccessTokenRow } from './service.ts';

export function presentAccessToken(row: AccessTokenRow, secret?: string): AccessToken {
  return {
    type: 'access_token',
    id: String(row.id),
    name: row.name,
    last_four: row.last_four,
    admin_id: String(row.teammate_id),
    created_at: unixSeconds(row.created_at),
    last_used_at: unixSecondsOrNull(row.last_used_at),
    ...(secret ? { token: secret } : {}),
  };
}
