import type { MessengerBootRequest } from '../../protocol/messenger.ts';

/** Who the visitor is, as the messenger API takes it (boot and update). */
export type Identity = Omit<MessengerBootRequest, 'visitor_token' | 'browser_language' | 'page_url'>;

/** `intercomSettings` / `charlaSettings` as the page wrote them. */
export type Settings = Record<string, unknown>;

/** Intercom's own keys that are not custom attributes: handled elsewhere, or accepted and ignored. */
const RESERVED = new Set([
  'app_id',
  'user_id',
  'email',
  'name',
  'user_hash',
  'language_override',
  'hide_default_launcher',
  'custom_launcher_selector',
  'alignment',
  'horizontal_padding',
  'vertical_padding',
  'api_base',
  'action_color',
  'background_color',
  'link_color',
  'installation_type',
  'session_duration',
  'created_at',
  'signed_up_at',
  'last_request_at',
  'phone',
  'avatar',
  'company',
  'companies',
  'widget',
  'hide_notifications',
  'page_title',
  'unsubscribed_from_emails',
  'intercom_user_jwt',
  'user_data',
  'custom_attributes',
]);

const ATTRIBUTE_NAME = /^[A-Za-z][A-Za-z0-9_]{0,59}$/;
const MAX_ATTRIBUTES = 50;

function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function isAttributeValue(value: unknown): value is string | number | boolean | null {
  if (typeof value === 'string') return value.length <= 1000;
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'boolean' || value === null;
}

/** Every top-level key that is not one of Intercom's own, with a scalar value: a custom attribute. */
export function customAttributes(settings: Settings): Record<string, string | number | boolean | null> {
  const attributes: Record<string, string | number | boolean | null> = {};
  const nested = settings.custom_attributes;
  const candidates = { ...(typeof nested === 'object' && nested ? nested : {}), ...settings };
  for (const [key, value] of Object.entries(candidates)) {
    if (Object.keys(attributes).length >= MAX_ATTRIBUTES) break;
    if (RESERVED.has(key) || !ATTRIBUTE_NAME.test(key) || !isAttributeValue(value)) continue;
    attributes[key] = value;
  }
  return attributes;
}

/** The identity part of `intercomSettings`, as the messenger API takes it. */
export function toIdentity(settings: Settings): Identity {
  const identity: Identity = {};
  const userId = text(settings.user_id);
  const email = text(settings.email);
  const name = text(settings.name);
  const hash = text(settings.user_hash);
  const language = text(settings.language_override);
  if (userId) identity.user_id = userId;
  if (email) identity.email = email;
  if (name) identity.name = name;
  if (hash && /^[0-9a-fA-F]{64}$/.test(hash)) identity.user_hash = hash;
  if (language) identity.language_override = language;
  const attributes = customAttributes(settings);
  if (Object.keys(attributes).length > 0) identity.custom_attributes = attributes;
  return identity;
}
