import type { MessengerBoot, MessengerBootRequest } from '../../../protocol/messenger.ts';
import type { FrameView, ToFrame } from '../../shared/bridge.ts';
import { contrastRatio, INK, isHexColor, textOn, WHITE } from '../../shared/contrast.ts';
import { type Identity, type Settings, toIdentity } from '../../shared/settings.ts';
import { api, bridge, session } from './context.ts';
import { openConversation, readIfViewing, refreshList } from './conversations.ts';
import { chooseLanguage } from './language.ts';
import { ensureRealtime, isLive, resetCursor, resync, stopRealtime, stopTyping } from './live.ts';
import { defaultView, navigate } from './navigation.ts';
import { totalUnread } from './parts.ts';
import { ApiError, withRetry } from './retry.ts';
import { initialState, store } from './state.ts';
import { ticketUnread } from './ticket-state.ts';
import { openTicket, readTicketIfViewing, refreshTickets } from './tickets.ts';

/** Loads the screens (Preact and the stylesheet) the first time the messenger opens. */
let loadInterface: () => void = () => undefined;
export function onFirstOpen(load: () => void): void {
  loadInterface = load;
}

/** The workspace's colour on the page, with text that reads on it. */
function applyTheme(boot: MessengerBoot): void {
  const primary = isHexColor(boot.settings.primary_color) ? boot.settings.primary_color : '#2563eb';
  const root = document.documentElement.style;
  root.setProperty('--primary', primary);
  root.setProperty('--on-primary', textOn(primary));
  root.setProperty('--accent-text', contrastRatio(primary, WHITE) >= 4.5 ? primary : INK);
}

/** A boot or an update answered: take on the (maybe new) visitor, and tell the loader. */
function adopt(answer: MessengerBoot, { isUpdate = false } = {}): void {
  const previous = store.get().boot;
  const isNewContact = previous?.contact.id !== answer.contact.id;
  const isNewToken = session.token !== answer.visitor_token;
  session.token = answer.visitor_token;
  // PUT /me does not see the browser's language, so its choice is weaker than boot's for the same person.
  const keepsLanguage = isUpdate && !isNewContact && previous;
  const language = chooseLanguage(
    session.request?.language_override,
    keepsLanguage ? store.get().language : answer.language,
    navigator.language,
  );
  const boot = keepsLanguage && language !== answer.language ? { ...answer, settings: previous.settings } : answer;
  const wasLive = isLive();
  document.documentElement.lang = language;
  applyTheme(boot);
  if (isNewContact) {
    session.generation++;
    stopTyping();
    stopRealtime();
    resetCursor(boot.contact.id, boot.last_event_id);
    const { open, view, draft } = store.get();
    // Nothing of the previous contact stays on screen.
    const isPersonal = view.name === 'conversation' || view.name === 'ticket';
    store.set({ ...initialState(language), open, draft, view: isPersonal ? { name: 'home' } : view });
  } else if (isNewToken) {
    // Same person, new session: the socket reconnects with the new token, from the same place.
    stopRealtime();
  }
  store.set({ boot, language, status: 'ready' });
  bridge.post({
    type: 'charla:booted',
    visitor_token: boot.visitor_token,
    visitor_id: boot.visitor_id,
    user_id: boot.contact.user_id,
    email: boot.contact.email,
    language,
    workspace_name: boot.settings.workspace_name,
    launcher_color: boot.settings.launcher_color,
    launcher_text: textOn(boot.settings.launcher_color),
  });
  if (isNewContact) {
    Promise.allSettled([refreshList(), refreshTickets()]).then(() => {
      const { conversations, tickets } = store.get();
      if (conversations.length > 0 || tickets.length > 0) ensureRealtime();
    });
  }
  if (store.get().open || (wasLive && !isNewContact)) ensureRealtime();
}

function refuse(error: unknown): void {
  const isRefused = error instanceof ApiError && error.status === 401;
  store.set({ status: isRefused ? 'refused' : 'failed' });
  bridge.post({
    type: 'charla:error',
    code: error instanceof ApiError ? error.code : 'failed',
    message: error instanceof Error ? error.message : 'The messenger could not start',
  });
}

async function boot(request: MessengerBootRequest): Promise<void> {
  session.request = request;
  store.set({ status: 'starting' });
  try {
    adopt(await withRetry(() => api.boot(request)));
  } catch (error) {
    refuse(error);
  }
}

async function update(settings: Settings | null): Promise<void> {
  const request = session.request;
  if (!request) return;
  const identity: Identity | null = settings && toIdentity(settings);
  if (identity) {
    const { browser_language, page_url } = request;
    const visitor_token = session.token ?? request.visitor_token;
    session.request = { ...identity, ...(visitor_token ? { visitor_token } : {}), browser_language, page_url };
  }
  if (store.get().status !== 'ready' || !session.token) {
    // Booting failed or was refused: try again with what the page says now.
    await boot(session.request ?? request);
    return;
  }
  if (!identity) {
    resync();
    return;
  }
  try {
    adopt(await withRetry(() => api.update(identity)), { isUpdate: true });
  } catch (error) {
    // An expired session: boot again with what the page said.
    if (error instanceof ApiError && error.status === 401) await boot({ ...session.request, visitor_token: undefined });
    else refuse(error);
  }
}

function show(view: FrameView | null): void {
  store.set({ open: true });
  loadInterface();
  ensureRealtime();
  const target = view ?? defaultView();
  if (target.name === 'conversation') {
    openConversation(target.id);
    return;
  }
  if (target.name === 'ticket') {
    openTicket(target.id);
    return;
  }
  if (target.name === 'new' && target.text !== undefined) store.set({ draft: target.text });
  navigate(target);
  if (target.name === 'new') store.set((state) => ({ focusRequest: state.focusRequest + 1 }));
}

let work = Promise.resolve();

/** The loader's commands: shown and hidden at once, the rest in the order they came. */
export function handleCommand(message: ToFrame): void {
  if (message.type === 'charla:show') {
    show(message.view);
    return;
  }
  if (message.type === 'charla:hide') {
    stopTyping();
    store.set({ open: false });
    return;
  }
  const run = async () => {
    if (message.type === 'charla:boot') {
      await boot({
        ...toIdentity(message.settings),
        ...(message.visitor_token ? { visitor_token: message.visitor_token } : {}),
        browser_language: navigator.language.slice(0, 35),
        page_url: message.page_url,
      });
    } else if (message.type === 'charla:update') await update(message.settings);
    else if (message.type === 'charla:track') {
      await withRetry(() => api.track(message.name, message.metadata)).catch((error: unknown) => {
        console.warn('Charla: trackEvent failed', error);
      });
    }
  };
  work = work.then(run).catch((error: unknown) => console.error('Charla:', error));
}

/** Tells the loader the unread count — messages and ticket activity (its badge, onUnreadCountChange) — on change. */
export function reportUnread(): void {
  let reported = -1;
  store.subscribe((state) => {
    const count = totalUnread(state.conversations) + ticketUnread(state.tickets);
    if (count === reported || state.status !== 'ready') return;
    reported = count;
    bridge.post({ type: 'charla:unread', count });
  });
}

/** The tab shows again: catch up on what the socket may have missed, and read what is on screen. */
export function onVisible(): void {
  const { view, status } = store.get();
  // A visitor with nothing to follow has nothing to catch up on.
  if (status !== 'ready' || !isLive()) return;
  resync();
  if (view.name === 'conversation') readIfViewing(view.id);
  if (view.name === 'ticket') readTicketIfViewing(view.id);
}
