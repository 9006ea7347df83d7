const LOCK_NAME = 'charla-attention';

/**
 * One of the teammate's tabs (of this browser) notifies and chimes: the one holding a Web Lock, which passes to
 * another tab the moment it closes. Without Web Locks, every tab leads (each notification's tag still lets the
 * system show it once). Calls `onChange` as leadership comes and goes; answers a function that gives it up.
 */
export function holdLeadership(onChange: (isLeader: boolean) => void): () => void {
  if (!navigator.locks) {
    onChange(true);
    return () => onChange(false);
  }
  const controller = new AbortController();
  let release = () => {};
  navigator.locks
    .request(LOCK_NAME, { signal: controller.signal }, () => {
      onChange(true);
      return new Promise<void>((resolve) => {
        release = resolve;
      });
    })
    .catch(() => undefined);
  return () => {
    controller.abort();
    release();
    onChange(false);
  };
}
