import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';

let previous: string | undefined;

/** The in-app page shown before this one, if any (the frame keeps it with `useTrackPreviousLocation`). */
export const previousLocation = () => previous;

/** Remembers the page before the current one, so a back button can step back in history instead of forward. */
export function useTrackPreviousLocation(): void {
  const [location] = useLocation();
  const current = useRef<string>(undefined);
  useEffect(() => {
    if (current.current !== undefined && current.current !== location) previous = current.current;
    current.current = location;
  }, [location]);
}
