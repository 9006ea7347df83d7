import './loader.css';
import type { Settings } from '../shared/settings.ts';
import { createCommands, runCommand } from './commands.ts';
import { createMessenger } from './messenger.ts';
import { parseScriptUrl, queuedCalls } from './queue.ts';

type Stub = ((...args: unknown[]) => unknown) & { q?: unknown; c?: (args: ArrayLike<unknown>) => void; charla?: true };
type Host = Window & { Intercom?: Stub; Charla?: Stub; intercomSettings?: Settings; charlaSettings?: Settings };

function currentScript(): HTMLScriptElement | null {
  const script = document.currentScript;
  if (script instanceof HTMLScriptElement) return script;
  return document.querySelector<HTMLScriptElement>('script[src*="/widget/"],script[src*="/messenger/loader.js"]');
}

/**
 * Charla's loader: stands in for Intercom's widget script. Defines `window.Intercom` (and `window.Charla`),
 * runs what the snippet's stub queued, in order, and boots from `intercomSettings`/`charlaSettings`.
 */
function install(host: Host): void {
  if (host.Intercom?.charla) return;
  const script = currentScript();
  const source = parseScriptUrl(script?.src);
  if (!source) {
    console.warn('Charla: cannot tell where the loader was loaded from');
    return;
  }
  const settings: Settings = { ...host.intercomSettings, ...host.charlaSettings };
  const appId = source.appId ?? script?.dataset.appId ?? null;
  const commands = createCommands(createMessenger(source.origin, appId));
  const stubs = [host.Intercom, host.Charla].filter((stub) => typeof stub === 'function');

  const api: Stub = (name, ...args) => runCommand(commands, name, args);
  api.charla = true;
  host.Intercom = api;
  host.Charla = api;
  // Intercom's snippet boots through intercomSettings or a queued boot; Charla's one-tag snippet boots by itself.
  if (settings.app_id) api('boot', settings);
  else if (appId && stubs.length === 0) api('boot', { ...settings, app_id: appId });
  for (const stub of stubs) {
    const calls = queuedCalls(stub.q);
    stub.q = [];
    // Code that kept a reference to the stub reaches the real thing too.
    stub.c = (args) => void api(...Array.from(args));
    for (const [name, ...args] of calls) api(name, ...args);
  }
}

install(window as Host);
