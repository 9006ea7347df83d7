import type { FrameView, FromFrame } from '../shared/bridge.ts';
import type { Settings } from '../shared/settings.ts';
import { createFrame, type Frame } from './frame.ts';
import { frameTitle, type LoaderLanguage } from './labels.ts';
import { createLauncher } from './launcher.ts';
import { isOtherPerson, type LauncherOptions, mergeSettings, toLauncherOptions } from './options.ts';
import { forgetVisitor, readVisitor, writeVisitor } from './storage.ts';

type Callback = (...args: unknown[]) => void;

/** How long the iframe may take to say hello before the page is told something is wrong. */
const LOAD_TIMEOUT_MS = 30_000;

function safely(callback: Callback, ...args: unknown[]): void {
  try {
    callback(...args);
  } catch (error) {
    console.error('Charla: a callback failed', error);
  }
}

function announce(name: string, detail: unknown): void {
  window.dispatchEvent(new CustomEvent(`charla:${name}`, { detail }));
}

/** Settings as data only (functions and the like cannot cross postMessage). */
function cloneable(settings: Settings): Settings {
  try {
    return JSON.parse(JSON.stringify(settings));
  } catch {
    return Object.fromEntries(Object.entries(settings).filter(([, value]) => typeof value !== 'object'));
  }
}

function whenBody(run: () => void): void {
  if (document.body) run();
  else document.addEventListener('DOMContentLoaded', run, { once: true });
}

/**
 * Everything the loader does on the host page: the launcher, the iframe, the visitor kept in localStorage,
 * and the callbacks. `scriptAppId` is the app id the script was loaded with, if any.
 */
export function createMessenger(origin: string, scriptAppId: string | null) {
  const launcher = createLauncher(() => (isOpen ? hide() : show(null)));
  const root = document.createElement('div');
  root.className = 'charla-root';
  root.hidden = true;
  root.append(launcher.element);
  const callbacks = {
    show: [] as Callback[],
    hide: [] as Callback[],
    unread: [] as Callback[],
    ready: [] as Callback[],
  };

  let settings: Settings = {};
  let options: LauncherOptions = toLauncherOptions({});
  let appId: string | null = null;
  let frame: Frame | null = null;
  let isLoaded = false;
  let isBooted = false;
  let isRefused = false;
  let isOpen = false;
  let unread = 0;
  let language: LoaderLanguage = 'en';
  let visitorId: string | null = null;
  let returnFocus: Element | null = null;

  const stylesheet = document.createElement('link');
  stylesheet.rel = 'stylesheet';
  stylesheet.href = `${origin}/messenger/loader.css`;
  // Until the stylesheet applies, the launcher and the iframe stay out of the page.
  stylesheet.addEventListener('load', () => {
    root.hidden = false;
    if (isOpen) frame?.element.focus();
  });
  stylesheet.addEventListener('error', () => fail('stylesheet', `Could not load ${stylesheet.href}`));

  function fail(code: string, message: string) {
    console.warn(`Charla: ${message}`);
    announce('error', { code, message });
  }

  function render() {
    root.classList.toggle('charla-left', options.alignment === 'left');
    root.classList.toggle('charla-open', isOpen);
    root.style.setProperty('--charla-h', `${options.horizontalPadding}px`);
    root.style.setProperty('--charla-v', `${options.verticalPadding}px`);
    launcher.element.hidden = options.hideDefaultLauncher || !isBooted || isRefused;
    root.classList.toggle('charla-no-launcher', options.hideDefaultLauncher);
    launcher.render({ language, isOpen, unread });
  }

  function followViewport() {
    const viewport = window.visualViewport;
    if (!viewport) return;
    root.style.setProperty('--charla-vh', `${viewport.height}px`);
    root.style.setProperty('--charla-vt', `${viewport.offsetTop}px`);
  }

  function setUnread(count: number) {
    if (count === unread) return;
    unread = count;
    render();
    for (const callback of callbacks.unread) safely(callback, count);
    announce('unread', { count });
  }

  function receive(message: FromFrame) {
    isLoaded = true;
    if (message.type === 'charla:booted') {
      const isFirst = !isBooted;
      isBooted = true;
      isRefused = false;
      language = message.language;
      visitorId = message.visitor_id;
      if (appId) {
        const { visitor_token: token, visitor_id, user_id, email } = message;
        writeVisitor(appId, { token, visitor_id, user_id, email });
      }
      root.style.setProperty('--charla-launcher', message.launcher_color);
      root.style.setProperty('--charla-launcher-text', message.launcher_text);
      if (frame) frame.element.title = frameTitle(language, message.workspace_name);
      render();
      // Updates answer with charla:booted too; ready is once per boot.
      if (!isFirst) return;
      for (const callback of callbacks.ready.splice(0)) safely(callback);
      announce('ready', { visitor_id: visitorId });
    } else if (message.type === 'charla:unread') {
      setUnread(message.count);
    } else if (message.type === 'charla:close') {
      hide();
    } else if (message.type === 'charla:error') {
      if (message.code === 'unauthorized') {
        isRefused = true;
        hide();
      }
      fail(message.code, message.message);
    }
  }

  function boot(next: unknown) {
    const nextSettings = mergeSettings({}, next);
    // The workspace in the script URL wins: a site switching from Intercom keeps Intercom's app_id in its settings.
    const nextAppId = String(scriptAppId ?? nextSettings.app_id ?? '');
    if (!/^[A-Za-z0-9_-]{1,40}$/.test(nextAppId)) {
      fail('app_id', 'boot needs an app_id');
      return;
    }
    if (frame && nextAppId === appId) {
      settings = {};
      update(nextSettings);
      return;
    }
    if (frame) teardown();
    isLoaded = false;
    appId = nextAppId;
    settings = nextSettings;
    options = toLauncherOptions(settings);
    const stored = readVisitor(appId);
    visitorId = stored?.visitor_id ?? null;
    const token = stored && !isOtherPerson(stored, settings) ? stored.token : undefined;
    frame = createFrame(origin, appId, receive);
    const starting = frame;
    setTimeout(() => {
      if (frame === starting && !isLoaded)
        fail('timeout', `The messenger did not load from ${origin}: check the app_id`);
    }, LOAD_TIMEOUT_MS);
    frame.post({
      type: 'charla:boot',
      settings: cloneable(settings),
      ...(token ? { visitor_token: token } : {}),
      page_url: location.href.slice(0, 2000),
    });
    const element = frame.element;
    whenBody(() => {
      if (!stylesheet.isConnected) document.head.append(stylesheet);
      root.append(element);
      if (!root.isConnected) document.body.append(root);
    });
    render();
  }

  function update(next?: unknown) {
    if (!frame) {
      if (typeof next === 'object' && next && 'app_id' in next) boot(next);
      return;
    }
    const merged = mergeSettings(settings, next);
    const isSame = JSON.stringify(merged) === JSON.stringify(settings);
    settings = merged;
    options = toLauncherOptions(settings);
    render();
    frame.post({ type: 'charla:update', settings: isSame ? null : cloneable(settings) });
  }

  function teardown() {
    hide();
    frame?.destroy();
    frame = null;
    isBooted = false;
    isRefused = false;
    visitorId = null;
    setUnread(0);
    render();
  }

  function shutdown() {
    if (appId) forgetVisitor(appId);
    teardown();
    settings = {};
    appId = null;
  }

  function show(view: FrameView | null) {
    if (!frame || isRefused) return;
    frame.post({ type: 'charla:show', view });
    if (isOpen) return;
    isOpen = true;
    returnFocus = document.activeElement;
    render();
    followViewport();
    window.visualViewport?.addEventListener('resize', followViewport);
    window.visualViewport?.addEventListener('scroll', followViewport);
    frame.element.focus();
    for (const callback of callbacks.show) safely(callback);
  }

  function hide() {
    if (!isOpen) return;
    isOpen = false;
    frame?.post({ type: 'charla:hide' });
    window.visualViewport?.removeEventListener('resize', followViewport);
    window.visualViewport?.removeEventListener('scroll', followViewport);
    const hadFocus = document.activeElement === frame?.element;
    render();
    if (hadFocus) {
      const target = launcher.element.hidden ? returnFocus : launcher.element;
      if (target instanceof HTMLElement || target instanceof SVGElement) target.focus();
      else frame?.element.blur();
    }
    for (const callback of callbacks.hide) safely(callback);
  }

  document.addEventListener('click', (event) => {
    if (!options.customLauncherSelector || !(event.target instanceof Element)) return;
    try {
      if (event.target.closest(options.customLauncherSelector)) show(null);
    } catch {
      fail('custom_launcher_selector', `Invalid custom_launcher_selector: ${options.customLauncherSelector}`);
      options.customLauncherSelector = null;
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && isOpen) hide();
  });

  return {
    boot,
    update,
    shutdown,
    show,
    hide,
    getVisitorId: () => visitorId,
    unreadCount: () => unread,
    isBooted: () => isBooted,
    track(name: string, metadata?: Record<string, string | number | boolean>) {
      frame?.post({ type: 'charla:track', name, ...(metadata ? { metadata } : {}) });
    },
    on(kind: keyof typeof callbacks, callback: Callback) {
      callbacks[kind].push(callback);
    },
  };
}

export type Messenger = ReturnType<typeof createMessenger>;
