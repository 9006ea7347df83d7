import type { BrowserContext, Page } from 'playwright-core';

/** What a page's attention hooks recorded (see `recordAttention`). */
export interface Recorded {
  notifications: { title: string; body: string; tag: string }[];
  chimes: number;
}

/**
 * Before the app loads: every Notification the page creates is recorded and then really shown; every chime
 * (two oscillators) is counted; and `__setHidden(true)` makes the tab report itself hidden, as a background tab
 * does, firing `visibilitychange`.
 */
export async function recordAttention(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const RealNotification = window.Notification;
    const shown: { title: string; body: string; tag: string; real: Notification }[] = [];
    function RecordingNotification(title: string, options?: NotificationOptions) {
      const real = new RealNotification(title, options);
      shown.push({ title, body: options?.body ?? '', tag: options?.tag ?? '', real });
      return real;
    }
    RecordingNotification.prototype = RealNotification.prototype;
    Object.defineProperty(RecordingNotification, 'permission', { get: () => RealNotification.permission });
    Object.assign(RecordingNotification, {
      requestPermission: (...args: []) => RealNotification.requestPermission(...args),
    });
    const realOscillator = AudioContext.prototype.createOscillator;
    let oscillators = 0;
    AudioContext.prototype.createOscillator = function createOscillator(this: AudioContext) {
      oscillators += 1;
      return realOscillator.call(this);
    };
    let isHidden = false;
    Object.defineProperty(Document.prototype, 'visibilityState', {
      configurable: true,
      get: () => (isHidden ? 'hidden' : 'visible'),
    });
    Object.defineProperty(Document.prototype, 'hidden', { configurable: true, get: () => isHidden });
    Object.assign(window, {
      Notification: RecordingNotification,
      __attention: () => ({
        notifications: shown.map(({ title, body, tag }) => ({ title, body, tag })),
        chimes: oscillators / 2,
      }),
      __clickNotification: (index: number) => shown[index]?.real.dispatchEvent(new Event('click')),
      __setHidden: (hidden: boolean) => {
        isHidden = hidden;
        document.dispatchEvent(new Event('visibilitychange'));
      },
    });
  });
}

export const recorded = (page: Page): Promise<Recorded> =>
  page.evaluate(() => (window as unknown as { __attention: () => Recorded }).__attention());

export const setHidden = (page: Page, hidden: boolean) =>
  page.evaluate((value) => (window as unknown as { __setHidden: (h: boolean) => void }).__setHidden(value), hidden);

export const clickNotification = (page: Page, index: number) =>
  page.evaluate(
    (at) => (window as unknown as { __clickNotification: (i: number) => void }).__clickNotification(at),
    index,
  );
