import { useContext, useEffect, useEffectEvent } from 'react';
import type { CharlaEvent } from '../../../protocol/events.ts';
import { RealtimeContext } from './context.ts';

/**
 * Calls `refresh` once after a burst of relevant events (debounced), and whenever the stream (re)starts.
 * Screens re-read the API rather than patching state from events, so they always show what the server has.
 */
export function useLiveRefresh(refresh: () => void, isRelevant: (event: CharlaEvent) => boolean, delayMs = 250): void {
  const connection = useContext(RealtimeContext);
  const onRefresh = useEffectEvent(refresh);
  const matches = useEffectEvent(isRelevant);

  useEffect(() => {
    if (!connection) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = connection.subscribe((event) => {
      if (event && !matches(event)) return;
      clearTimeout(timer);
      timer = setTimeout(onRefresh, delayMs);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [connection, delayMs]);
}
