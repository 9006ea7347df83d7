import { useEffect, useMemo, useState } from 'preact/hooks';
import { store } from '../core/state.ts';
import { translator } from '../i18n/index.ts';

/** The messenger's state, re-rendering on every change, and a translator for its language. */
export function useMessenger() {
  const [state, setState] = useState(store.get());
  useEffect(() => {
    setState(store.get());
    const unsubscribe = store.subscribe(setState);
    return () => void unsubscribe();
  }, []);
  const t = useMemo(() => translator(state.language), [state.language]);
  return { state, t };
}
