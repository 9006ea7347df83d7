import type { Language } from '../../protocol/common.ts';
import type { Settings } from './settings.ts';

/**
 * `MESSENGER_MESSAGE_PREFIX` of protocol/messenger.ts, written out so that zod stays out of the loader and the
 * frame bundles (a unit test keeps the two equal).
 */
export const PREFIX = 'charla:';

/** Where `show` lands in the messenger. */
export type FrameView =
  | { name: 'home' }
  | { name: 'messages' }
  | { name: 'new'; text?: string }
  | { name: 'conversation'; id: string }
  | { name: 'tickets' }
  | { name: 'ticket'; id: string };

/** Loader → frame. Each carries the nonce the loader put in the frame's URL. */
export type ToFrame =
  | { type: 'charla:boot'; settings: Settings; visitor_token?: string; page_url: string }
  /** settings: everything boot and update set so far; null when nothing changed (look for news). */
  | { type: 'charla:update'; settings: Settings | null }
  | { type: 'charla:show'; view: FrameView | null }
  | { type: 'charla:hide' }
  | { type: 'charla:track'; name: string; metadata?: Record<string, string | number | boolean> };

/** Frame → loader. */
export type FromFrame =
  | { type: 'charla:hello' }
  | {
      type: 'charla:booted';
      visitor_token: string;
      visitor_id: string | null;
      user_id: string | null;
      email: string | null;
      language: Language;
      workspace_name: string;
      launcher_color: string;
      launcher_text: string;
    }
  | { type: 'charla:unread'; count: number }
  | { type: 'charla:close' }
  | { type: 'charla:error'; code: string; message: string };

export type Envelope<T> = T & { nonce: string };

/** A message of ours: an object whose `type` starts with the prefix. */
export function isBridgeMessage(data: unknown): data is Envelope<{ type: string }> {
  if (typeof data !== 'object' || data === null) return false;
  const { type, nonce } = data as { type?: unknown; nonce?: unknown };
  return typeof type === 'string' && type.startsWith(PREFIX) && typeof nonce === 'string';
}
