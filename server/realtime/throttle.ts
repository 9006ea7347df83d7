import { AppError } from '../errors.ts';

/**
 * A per-socket allowance: at most `max` messages in any `windowMs`; beyond it, `rate_limited` (nothing is
 * relayed). Kept on the socket, so it costs no lookup and ends with it.
 */
export function createThrottle(max: number, windowMs: number): () => void {
  const sentAt: number[] = [];
  return () => {
    const now = Date.now();
    while (sentAt.length > 0 && (sentAt[0] ?? 0) <= now - windowMs) sentAt.shift();
    if (sentAt.length >= max) throw new AppError('rate_limited', 'Too many messages: slow down');
    sentAt.push(now);
  };
}
