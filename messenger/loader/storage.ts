/** What the host page's localStorage keeps for a workspace: the visitor token, and who it belongs to. */
export interface StoredVisitor {
  token: string;
  visitor_id: string | null;
  user_id: string | null;
  email: string | null;
}

export const storageKey = (appId: string) => `charla-${appId}`;

/** Storage may be off (privacy modes, sandboxed frames): then the visitor lasts as long as the page. */
const memory = new Map<string, string>();

function store(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  try {
    const storage = window.localStorage;
    storage.getItem('charla-probe');
    return storage;
  } catch {
    return {
      getItem: (key) => memory.get(key) ?? null,
      setItem: (key, value) => void memory.set(key, value),
      removeItem: (key) => void memory.delete(key),
    };
  }
}

export function readVisitor(appId: string): StoredVisitor | null {
  try {
    const value = JSON.parse(store().getItem(storageKey(appId)) ?? 'null') as StoredVisitor | null;
    return value && typeof value.token === 'string' ? value : null;
  } catch {
    return null;
  }
}

export function writeVisitor(appId: string, visitor: StoredVisitor): void {
  try {
    store().setItem(storageKey(appId), JSON.stringify(visitor));
  } catch {
    // Full or refused: the visitor still works for this page.
  }
}

export function forgetVisitor(appId: string): void {
  try {
    store().removeItem(storageKey(appId));
  } catch {
    // Nothing kept, nothing to remove.
  }
}
