import { useEffect, useRef, useState } from 'react';
import type { InboxSearchResult } from '../../../protocol/search.ts';
import { api } from '../api.ts';

/** Quiet time after the last keystroke before asking the server. */
const DEBOUNCE_MS = 150;

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; result?: InboxSearchResult }
  | { status: 'done'; result: InboxSearchResult }
  | { status: 'failed'; result?: InboxSearchResult };

/**
 * Results for `text` as the agent types: one request per pause in typing, and an answer that arrives after a
 * newer request was sent is dropped, so the list always matches what is in the box.
 */
export function useInboxSearch(text: string): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const latest = useRef(0);
  useEffect(() => {
    const q = text.trim();
    const request = ++latest.current;
    if (q === '') {
      setState({ status: 'idle' });
      return;
    }
    setState((previous) => ({ status: 'loading', result: 'result' in previous ? previous.result : undefined }));
    const timer = setTimeout(() => {
      api.searchInbox(q).then(
        (result) => {
          if (request === latest.current) setState({ status: 'done', result });
        },
        () => {
          if (request === latest.current)
            setState((previous) => ({ status: 'failed', result: 'result' in previous ? previous.result : undefined }));
        },
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return state;
}
