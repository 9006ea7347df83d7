import type { AssignmentStatus, TeammateStatus } from '../../../protocol/assignment.ts';

/** What the page says about a teammate: takes conversations now, active but not seen lately, or away. */
export type Presence = 'available' | 'offline' | 'away';

export function presenceOf(teammate: Pick<TeammateStatus, 'status' | 'online'>): Presence {
  if (teammate.status === 'away') return 'away';
  return teammate.online ? 'available' : 'offline';
}

export interface StatusSummary {
  available: number;
  offline: number;
  away: number;
  unassigned: number;
}

export function summarize(status: AssignmentStatus): StatusSummary {
  const summary: StatusSummary = { available: 0, offline: 0, away: 0, unassigned: status.unassigned };
  for (const teammate of status.teammates) summary[presenceOf(teammate)] += 1;
  return summary;
}

/** Seconds since a unix time, never negative (the server's clock may run a little ahead). */
export const secondsSince = (unixSeconds: number, now: number) => Math.max(0, now - unixSeconds);
