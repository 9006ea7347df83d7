import { io, type Socket } from 'socket.io-client';
import type { Revoked } from '../protocol/realtime.ts';
import { TEST_PASSWORD } from './factories.ts';
import { connectSocket, type TestSocket } from './realtime-client.ts';

/** A session cookie and its CSRF token, signed in over HTTP against a running app. */
export interface HttpSession {
  cookie: string;
  csrfToken: string;
}

export async function signInOver(url: string, email: string, password = TEST_PASSWORD): Promise<HttpSession> {
  const response = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith('charla_session='));
  if (!cookie) throw new Error('no session cookie');
  const { csrf_token } = (await response.json()) as { csrf_token: string };
  return { cookie: cookie.split(';')[0] as string, csrfToken: csrf_token };
}

/** Connects an inbox socket with a session cookie, as the browser does. */
export function connectWithCookie(url: string, session: HttpSession): Promise<TestSocket> {
  return connectSocket(url, '/agents', { csrf_token: session.csrfToken }, { cookie: session.cookie });
}

export interface Ending {
  /** The `revoked` notice the server sent, if any. */
  revoked: Revoked | undefined;
  /** Socket.IO's disconnect reason: `io server disconnect` (for good) or `transport close` (will reconnect). */
  reason: Socket.DisconnectReason;
}

/** Resolves when the socket disconnects, with why. Start watching before the change that should end it. */
export function watchEnding(socket: Socket): Promise<Ending> {
  let revoked: Revoked | undefined;
  socket.on('revoked', (notice: Revoked) => {
    revoked = notice;
  });
  return new Promise((resolve) => socket.once('disconnect', (reason) => resolve({ revoked, reason })));
}

/** Resolves with the handshake's refusal code, or 'connected' if it was let in (then closes it). */
export async function handshakeOutcome(
  url: string,
  namespace: '/agents' | '/visitors',
  auth: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<string> {
  try {
    const socket = await connectSocket(url, namespace, auth, headers);
    socket.close();
    return 'connected';
  } catch (error) {
    return (error as { data?: { code?: string } }).data?.code ?? String(error);
  }
}

/** An inbox socket that reconnects by itself like the web app's (for the role change). */
export function connectReconnecting(url: string, session: HttpSession): Socket {
  return io(`${url}/agents`, {
    auth: { csrf_token: session.csrfToken },
    extraHeaders: { cookie: session.cookie },
    transports: ['websocket'],
    forceNew: true,
    reconnectionDelay: 50,
    reconnectionDelayMax: 200,
  });
}
