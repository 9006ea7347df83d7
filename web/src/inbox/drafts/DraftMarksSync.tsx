import { useCallback, useEffect } from 'react';
import type { CharlaEvent } from '../../../../protocol/events.ts';
import { api } from '../../api.ts';
import { useLiveRefresh } from '../../realtime/useLiveRefresh.ts';
import { showDraftList } from './draftMarks.ts';

const isDraftEvent = (event: CharlaEvent) => event.topic === 'draft.updated';

/** Keeps the list's draft markers live: reads `GET /api/drafts`, and again whenever one of my drafts changes. */
export function DraftMarksSync() {
  const load = useCallback(() => {
    api.listDrafts().then(showDraftList, () => undefined);
  }, []);
  useEffect(load, [load]);
  useLiveRefresh(load, isDraftEvent, 150);
  return null;
}
