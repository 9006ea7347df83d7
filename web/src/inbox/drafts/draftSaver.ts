import type { Draft, DraftKind, SaveDraftRequest } from '../../../../protocol/drafts.ts';

export type DraftTexts = Record<DraftKind, string>;

/** What the composer shows about its draft: nothing yet, saved on the server, or not saved (it retries on the next key). */
export type DraftStatus = 'none' | 'saved' | 'failed';

export interface DraftSaverOptions {
  save: (changes: SaveDraftRequest, keepalive: boolean) => Promise<Draft>;
  onStatus: (status: DraftStatus) => void;
  delayMs?: number;
}

const KINDS: readonly DraftKind[] = ['reply', 'note'];

/**
 * Keeps one conversation's draft on the server in step with the composer: saves a moment after the typing stops,
 * one request at a time, sending only the texts that changed. `undefined` in `server` means "not known", so the
 * next save sends that text whatever it is.
 */
export class DraftSaver {
  private local: DraftTexts = { reply: '', note: '' };
  private server: Partial<DraftTexts> = {};
  private lastKind: DraftKind = 'reply';
  private isLoaded = false;
  private isSending = false;
  private inFlight = false;
  private wasInFlightDuringSend = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly options: DraftSaverOptions;

  constructor(options: DraftSaverOptions) {
    this.options = options;
  }

  /**
   * The draft as the server has it. Texts typed before it arrived are kept (and saved); empty ones take the
   * server's. Answers the texts to show.
   */
  loaded(draft: Draft): DraftTexts {
    this.server = { reply: draft.reply, note: draft.note };
    for (const kind of KINDS) if (this.local[kind] === '') this.local[kind] = draft[kind];
    this.isLoaded = true;
    this.schedule();
    return { ...this.local };
  }

  /** A fresher copy from another tab, taken whole (only while `isInStep`). */
  replaced(draft: Draft): DraftTexts {
    this.server = { reply: draft.reply, note: draft.note };
    this.local = { reply: draft.reply, note: draft.note };
    return { ...this.local };
  }

  textOf(kind: DraftKind): string {
    return this.local[kind];
  }

  /** Whether the composer has nothing the server lacks, so a fresher copy from another tab may replace it. */
  isInStep(): boolean {
    if (!this.isLoaded || this.inFlight || this.isSending || this.timer !== undefined) return false;
    return KINDS.every((kind) => this.local[kind] === this.server[kind]);
  }

  typed(kind: DraftKind, text: string): void {
    this.local[kind] = text;
    this.lastKind = kind;
    this.schedule();
  }

  /** A send of `kind` starts: nothing is saved meanwhile (it could bring the sent text back). */
  sending(): void {
    this.clearTimer();
    this.isSending = true;
    this.wasInFlightDuringSend = this.inFlight;
  }

  /**
   * The send ended. When it went, the server dropped that text with it — unless a save still on its way could
   * put it back, in which case the text is treated as unknown and saved again.
   */
  sent(kind: DraftKind, isSent: boolean): void {
    this.isSending = false;
    if (isSent) this.server[kind] = this.wasInFlightDuringSend ? undefined : '';
    this.wasInFlightDuringSend = false;
    this.schedule();
  }

  /** Saves now, e.g. when the conversation closes or the page goes away (`keepalive`); resolves once saved. */
  flush(keepalive = false): Promise<void> {
    this.clearTimer();
    if (this.isSending) return Promise.resolve();
    return this.saveNow(keepalive, true);
  }

  dispose(): void {
    this.clearTimer();
  }

  private changes(): SaveDraftRequest | undefined {
    const changed = KINDS.filter((kind) => this.local[kind] !== this.server[kind]);
    if (changed.length === 0) return undefined;
    const changes: SaveDraftRequest = { kind: this.lastKind };
    for (const kind of changed) changes[kind] = this.local[kind];
    return changes;
  }

  private schedule(): void {
    this.clearTimer();
    if (!this.isLoaded || this.isSending || !this.changes()) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.saveNow(false, false);
    }, this.options.delayMs ?? 700);
  }

  private clearTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** One save at a time, except a last one on leaving (`evenIfBusy`), which cannot wait. */
  private async saveNow(keepalive: boolean, evenIfBusy: boolean): Promise<void> {
    if (!this.isLoaded || (this.inFlight && !evenIfBusy)) return;
    const changes = this.changes();
    if (!changes) return;
    this.inFlight = true;
    try {
      const draft = await this.options.save(changes, keepalive);
      this.server = { reply: draft.reply, note: draft.note };
      this.options.onStatus(draft.updated_at === null ? 'none' : 'saved');
    } catch {
      this.options.onStatus('failed');
    } finally {
      this.inFlight = false;
    }
    if (!this.isSending) this.schedule();
  }
}
