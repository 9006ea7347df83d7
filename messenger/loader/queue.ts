/** One call: the command name and its arguments. */
export type Call = [name: string, ...args: unknown[]];

/**
 * The stub's queue (`Intercom.q`, raw `arguments` objects pushed in call order) as calls. Anything that is not
 * an array-like starting with a command name is dropped.
 */
export function queuedCalls(queue: unknown): Call[] {
  if (!Array.isArray(queue)) return [];
  const calls: Call[] = [];
  for (const entry of queue) {
    if (typeof entry !== 'object' || entry === null || typeof (entry as ArrayLike<unknown>).length !== 'number')
      continue;
    const [name, ...args] = Array.from(entry as ArrayLike<unknown>);
    if (typeof name === 'string') calls.push([name, ...args]);
  }
  return calls;
}

/** Where the script came from: Charla's origin, and the app id when loaded as `/widget/<app_id>`. */
export function parseScriptUrl(src: string | undefined): { origin: string; appId: string | null } | null {
  if (!src) return null;
  try {
    const url = new URL(src);
    const match = /\/widget\/([A-Za-z0-9_-]+)\/?$/.exec(url.pathname);
    return { origin: url.origin, appId: match?.[1] ?? null };
  } catch {
    return null;
  }
}
