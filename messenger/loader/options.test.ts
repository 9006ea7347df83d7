import { describe, expect, it } from 'vitest';
import { isOtherPerson, mergeSettings, toLauncherOptions } from './options.ts';

describe('toLauncherOptions', () => {
  it('defaults to the bottom right, 20 px from the edges, with the launcher shown', () => {
    expect(toLauncherOptions({})).toEqual({
      alignment: 'right',
      horizontalPadding: 20,
      verticalPadding: 20,
      hideDefaultLauncher: false,
      customLauncherSelector: null,
    });
  });

  it('takes left alignment, paddings of at least 20 px, a hidden launcher and a custom selector', () => {
    expect(
      toLauncherOptions({
        alignment: 'left',
        horizontal_padding: 48,
        vertical_padding: '5',
        hide_default_launcher: true,
        custom_launcher_selector: '#help',
      }),
    ).toEqual({
      alignment: 'left',
      horizontalPadding: 48,
      verticalPadding: 20,
      hideDefaultLauncher: true,
      customLauncherSelector: '#help',
    });
  });

  it('treats any alignment other than left as right, as Intercom does', () => {
    expect(toLauncherOptions({ alignment: 'center' }).alignment).toBe('right');
  });
});

describe('mergeSettings', () => {
  it('lets update change some keys and keep the others', () => {
    expect(mergeSettings({ app_id: 'a', name: 'Ana', plan: 'free' }, { plan: 'pro', name: undefined })).toEqual({
      app_id: 'a',
      name: 'Ana',
      plan: 'pro',
    });
  });

  it('ignores an update without an object', () => {
    expect(mergeSettings({ app_id: 'a' }, undefined)).toEqual({ app_id: 'a' });
  });
});

describe('isOtherPerson', () => {
  it('is false for an anonymous visitor becoming a user (the lead’s history goes with them)', () => {
    expect(isOtherPerson({ user_id: null, email: null }, { user_id: 'u1' })).toBe(false);
  });

  it('is true for another user_id, or another email when there is no user_id', () => {
    expect(isOtherPerson({ user_id: 'u1', email: null }, { user_id: 'u2' })).toBe(true);
    expect(isOtherPerson({ user_id: 'u1', email: null }, { user_id: 1 })).toBe(true);
    expect(isOtherPerson({ user_id: null, email: 'a@x.com' }, { email: 'b@x.com' })).toBe(true);
  });

  it('is false for the same person, whatever the case of the email or the type of the id', () => {
    expect(isOtherPerson({ user_id: '7', email: null }, { user_id: 7 })).toBe(false);
    expect(isOtherPerson({ user_id: null, email: 'Ana@X.com' }, { email: 'ana@x.com' })).toBe(false);
    expect(isOtherPerson({ user_id: 'u1', email: 'a@x.com' }, {})).toBe(false);
  });
});
