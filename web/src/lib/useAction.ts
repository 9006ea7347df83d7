import { useCallback, useState } from 'react';

export interface Action {
  /** Runs `work`, tracking whether it is busy and what it threw. Resolves true when it succeeded. */
  run: (work: () => Promise<unknown>) => Promise<boolean>;
  isBusy: boolean;
  error: unknown;
  clearError: () => void;
}

export function useAction(): Action {
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const run = useCallback(async (work: () => Promise<unknown>) => {
    setIsBusy(true);
    setError(undefined);
    try {
      await work();
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    } finally {
      setIsBusy(false);
    }
  }, []);

  const clearError = useCallback(() => setError(undefined), []);
  return { run, isBusy, error, clearError };
}
