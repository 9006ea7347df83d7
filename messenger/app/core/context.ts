import type { MessengerBootRequest } from '../../../protocol/messenger.ts';
import { createApi } from './api.ts';
import { createParentBridge } from './bridge.ts';

const params = new URLSearchParams(location.search);

/** What the loader put in the frame's URL: the workspace, the host page's origin, and the channel's nonce. */
export const frame = {
  appId: params.get('app_id') ?? '',
  parentOrigin: params.get('parent_origin') ?? '',
  nonce: location.hash.slice(1),
};

/** Who the messenger speaks as: the visitor token lives here in memory only (the loader keeps it). */
export const session = {
  token: null as string | null,
  /** The last boot request, for booting again (an expired token, a refused identity fixed by update). */
  request: null as MessengerBootRequest | null,
  /** Bumped on every change of contact, so work started for the previous one is dropped. */
  generation: 0,
};

export const api = createApi(frame.appId, () => session.token);
export const bridge = createParentBridge(frame.parentOrigin, frame.nonce);
