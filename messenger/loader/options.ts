import type { Settings } from '../shared/settings.ts';

export interface LauncherOptions {
  alignment: 'left' | 'right';
  horizontalPadding: number;
  verticalPadding: number;
  hideDefaultLauncher: boolean;
  customLauncherSelector: string | null;
}

const MIN_PADDING = 20;

function padding(value: unknown): number {
  const number = typeof value === 'string' ? Number.parseFloat(value) : value;
  return typeof number === 'number' && Number.isFinite(number)
    ? Math.max(MIN_PADDING, Math.round(number))
    : MIN_PADDING;
}

export function toLauncherOptions(settings: Settings): LauncherOptions {
  const selector = settings.custom_launcher_selector;
  return {
    alignment: settings.alignment === 'left' ? 'left' : 'right',
    horizontalPadding: padding(settings.horizontal_padding),
    verticalPadding: padding(settings.vertical_padding),
    hideDefaultLauncher: settings.hide_default_launcher === true,
    customLauncherSelector: typeof selector === 'string' && selector.trim() ? selector : null,
  };
}

/** `update` merges into what `boot` set; a key set to undefined keeps its value. */
export function mergeSettings(current: Settings, next: unknown): Settings {
  if (typeof next !== 'object' || next === null) return current;
  const defined = Object.entries(next).filter(([, value]) => value !== undefined);
  return { ...current, ...Object.fromEntries(defined) };
}

const idOf = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '');

/**
 * True when the settings name a user other than the one the stored token belongs to (then the token is not
 * sent: the server starts the other person's session without it).
 */
export function isOtherPerson(stored: { user_id?: string | null; email?: string | null }, settings: Settings): boolean {
  const userId = idOf(settings.user_id);
  const email = idOf(settings.email).toLowerCase();
  if (!stored.user_id && !stored.email) return false;
  if (userId) return userId !== stored.user_id;
  if (email) return !stored.user_id && email !== stored.email?.toLowerCase();
  return false;
}
