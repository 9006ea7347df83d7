/**
 * The visitor's place in its event stream: the highest id applied (sent as `after` on every reconnection)
 * and the ids seen lately, so that a replayed or doubled event is applied once. A visitor's ids have gaps by
 * design (it only gets its own contact's events), so a gap means nothing.
 */
export function createEventCursor(start: number, remember = 500) {
  let last = start;
  const seen = new Set<number>();
  return {
    last: () => last,
    /** True the first time an id comes; false for repeats and for ids before the start. */
    accept(id: number): boolean {
      if (id <= start || seen.has(id)) return false;
      seen.add(id);
      if (seen.size > remember) seen.delete(seen.values().next().value as number);
      last = Math.max(last, id);
      return true;
    },
  };
}

export type EventCursor = ReturnType<typeof createEventCursor>;
