import { describe, expect, it } from 'vitest';
import { customAttributes, toIdentity } from './settings.ts';

const HASH = 'a'.repeat(64);

describe('toIdentity', () => {
  it('maps Intercom’s identity keys', () => {
    expect(
      toIdentity({
        app_id: 'abc',
        user_id: 'u-1',
        email: ' ana@example.com ',
        name: 'Ana',
        user_hash: HASH,
        language_override: 'es-MX',
      }),
    ).toEqual({ user_id: 'u-1', email: 'ana@example.com', name: 'Ana', user_hash: HASH, language_override: 'es-MX' });
  });

  it('takes a numeric user_id as text and drops empty or null fields', () => {
    expect(toIdentity({ user_id: 42, email: null, name: '' })).toEqual({ user_id: '42' });
  });

  it('drops a user_hash that is not a hex HMAC-SHA256', () => {
    expect(toIdentity({ user_id: 'u', user_hash: 'nope' })).toEqual({ user_id: 'u' });
  });

  it('makes every other top-level key with a scalar value a custom attribute', () => {
    expect(toIdentity({ app_id: 'abc', plan: 'pro', seats: 3, beta: true, churned_at: null })).toEqual({
      custom_attributes: { plan: 'pro', seats: 3, beta: true, churned_at: null },
    });
  });
});

describe('customAttributes', () => {
  it('skips Intercom’s own keys, even those Charla ignores', () => {
    const settings = {
      api_base: 'https://api-iam.intercom.io',
      action_color: '#ff0000',
      background_color: '#00ff00',
      installation_type: 'npm-package',
      session_duration: 1000,
      created_at: 1700000000,
      phone: '+34600000000',
      alignment: 'left',
      horizontal_padding: 30,
      hide_default_launcher: true,
      plan: 'pro',
    };
    expect(customAttributes(settings)).toEqual({ plan: 'pro' });
  });

  it('skips nested objects, odd names, and overlong values', () => {
    expect(
      customAttributes({ company: { id: 1 }, 'bad-name': 1, _private: 1, long: 'x'.repeat(1001), ok: 'yes' }),
    ).toEqual({ ok: 'yes' });
  });

  it('takes a custom_attributes object too, top-level keys winning', () => {
    expect(customAttributes({ custom_attributes: { plan: 'free', team: 'A' }, plan: 'pro' })).toEqual({
      plan: 'pro',
      team: 'A',
    });
  });

  it('keeps at most 50', () => {
    const many = Object.fromEntries(Array.from({ length: 60 }, (_, index) => [`a${index}`, index]));
    expect(Object.keys(customAttributes(many))).toHaveLength(50);
  });
});
