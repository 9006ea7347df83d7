import { useCallback, useEffect, useState } from 'react';
import { useAction } from '../../lib/useAction.ts';

/** Long enough to read; then the field looks like any other again. */
const SAVED_FOR_MS = 4000;

export interface FieldSave {
  /** Runs `work`; resolves true when it saved. */
  save: (work: () => Promise<unknown>) => Promise<boolean>;
  isSaving: boolean;
  isSaved: boolean;
  error: unknown;
}

/** A field that saves itself: whether it is saving, just saved (for a few seconds), or what went wrong. */
export function useFieldSave(): FieldSave {
  const { run, isBusy, error } = useAction();
  const [isSaved, setIsSaved] = useState(false);
  const save = useCallback(
    async (work: () => Promise<unknown>) => {
      setIsSaved(false);
      const ok = await run(work);
      setIsSaved(ok);
      return ok;
    },
    [run],
  );

  useEffect(() => {
    if (!isSaved) return;
    const timer = setTimeout(() => setIsSaved(false), SAVED_FOR_MS);
    return () => clearTimeout(timer);
  }, [isSaved]);

  return { save, isSaving: isBusy, isSaved, error };
}
