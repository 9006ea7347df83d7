/**
 * An allowance of at most `max` messages in any `windowMs` (a sliding window: the times of the last `max`
 * messages). `take()` counts one message and says whether it fits; a refused one is not counted.
 */
export interface Allowance {
  take(now: number): boolean;
  /** Whether the next message would fit now, without counting one. */
  hasRoom(now: number): boolean;
}

export function createAllowance(max: number, windowMs: number): Allowance {
  const sentAt: number[] = [];
  const hasRoom = (now: number) => {
    while (sentAt.length > 0 && (sentAt[0] ?? 0) <= now - windowMs) sentAt.shift();
    return sentAt.length < max;
  };
  return {
    hasRoom,
    take(now) {
      if (!hasRoom(now)) return false;
      sentAt.push(now);
      return true;
    },
  };
}
