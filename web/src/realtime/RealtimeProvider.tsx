import { type ReactNode, useEffect, useState } from 'react';
import { useSignedIn } from '../session/context.ts';
import { AgentConnection } from './connection.ts';
import { RealtimeContext } from './context.ts';

/** Opens one realtime connection for the signed-in tab (a new session, e.g. after a password change, reopens it). */
export function RealtimeProvider({ children }: { children: ReactNode }) {
  const { session } = useSignedIn();
  const csrfToken = session.csrf_token;
  const [connection, setConnection] = useState<AgentConnection | null>(null);

  useEffect(() => {
    const opened = new AgentConnection(csrfToken);
    setConnection(opened);
    return () => {
      opened.close();
      setConnection(null);
    };
  }, [csrfToken]);

  return <RealtimeContext value={connection}>{children}</RealtimeContext>;
}
