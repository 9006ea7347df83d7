import { useCallback, useEffect, useRef, useState } from 'react';

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  isLoading: boolean;
  reload: () => void;
  /** Shows a fresher answer the screen already has (e.g. what a change returned), dropping any load in flight. */
  replace: (data: T) => void;
}

/**
 * Loads data for a screen. `load` must be stable (a module function or a useCallback), or it reloads every render.
 * A reload keeps showing the previous data until the new answer arrives; only the latest answer is kept.
 */
export function useResource<T>(load: () => Promise<T>): Resource<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>();
  const [isLoading, setIsLoading] = useState(true);
  const latestRequest = useRef(0);

  const reload = useCallback(() => {
    const request = ++latestRequest.current;
    setIsLoading(true);
    load().then(
      (answer) => {
        if (request !== latestRequest.current) return;
        setData(answer);
        setError(undefined);
        setIsLoading(false);
      },
      (failure: unknown) => {
        if (request !== latestRequest.current) return;
        setError(failure);
        setIsLoading(false);
      },
    );
  }, [load]);

  const replace = useCallback((answer: T) => {
    latestRequest.current++;
    setData(answer);
    setError(undefined);
    setIsLoading(false);
  }, []);

  useEffect(() => {
    reload();
    return () => {
      latestRequest.current++;
    };
  }, [reload]);

  return { data, error, isLoading, reload, replace };
}
