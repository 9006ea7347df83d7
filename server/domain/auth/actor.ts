import type { TeammateRow } from '../../db/index.ts';

/** Who is making a request: a signed-in teammate (cookie session) or a script (bearer token acting as its teammate). */
export interface Actor {
  workspaceId: string;
  teammate: TeammateRow;
  via: 'session' | 'token';
  /** Set for cookie sessions. */
  session?: { tokenHash: string; csrfToken: string };
  /** Set for bearer tokens: which one, so deleting it can end the sockets it opened. */
  token?: { id: number };
}
