import { useEffect, useState } from 'react';
import type { AssignmentStatus } from '../../../protocol/assignment.ts';
import type { CharlaEvent } from '../../../protocol/events.ts';
import { api } from '../api.ts';
import { type Resource, useResource } from '../lib/useResource.ts';
import { useLiveRefresh } from '../realtime/useLiveRefresh.ts';

const STATUS_TOPICS = new Set<string>(['conversation.created', 'conversation.updated', 'admin.away_mode_updated']);
const changesStatus = (event: CharlaEvent) => STATUS_TOPICS.has(event.topic);

/** Online and offline change with time alone (no event says so), so the page also re-reads on a timer. */
const POLL_MS = 30_000;
const DEBOUNCE_MS = 500;

/** The team status, re-read after conversation and away events and every 30 s; with when it last arrived. */
export function useTeamStatus(): Resource<AssignmentStatus> & { updatedAt: number | undefined } {
  const status = useResource(api.getAssignmentStatus);
  const { data, reload } = status;
  const [updatedAt, setUpdatedAt] = useState<number>();
  useLiveRefresh(reload, changesStatus, DEBOUNCE_MS);

  useEffect(() => {
    const timer = setInterval(reload, POLL_MS);
    return () => clearInterval(timer);
  }, [reload]);

  useEffect(() => {
    if (data) setUpdatedAt(Math.floor(Date.now() / 1000));
  }, [data]);

  return { ...status, updatedAt };
}
