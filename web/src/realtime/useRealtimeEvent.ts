import { useContext, useEffect, useEffectEvent } from 'react';
import type { CharlaEvent } from '../../../protocol/events.ts';
import { RealtimeContext } from './context.ts';

/** Calls `onEvent` with each live event, in order, as it arrives (for reacting to one event, not reloading). */
export function useRealtimeEvent(onEvent: (event: CharlaEvent) => void): void {
  const connection = useContext(RealtimeContext);
  const handle = useEffectEvent(onEvent);

  useEffect(() => {
    if (!connection) return;
    return connection.subscribe((event) => {
      if (event) handle(event);
    });
  }, [connection]);
}
