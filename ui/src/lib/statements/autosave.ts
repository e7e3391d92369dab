// The autosave queue behind the statement editor: debounced saves, one at a time, the latest text winning.
// Pure (no Svelte, no IPC): the page gives it a `save` function and renders the states it reports.

/** What the save indicator shows. `saved` only once the save command has returned. */
export type SaveState<R> =
  | { kind: 'clean' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; result: R }
  | { kind: 'failed'; message: string };

export interface AutosaveOptions<T, R> {
  /** Writes a value; resolves once it is stored. */
  save: (value: T) => Promise<R>;
  /** Called on every state change. */
  onstate: (state: SaveState<R>) => void;
  /** Called after each successful save with what was saved. */
  onsaved?: (result: R, value: T) => void;
  /** How long after the last change a save starts (ms). */
  delay?: number;
  /** Turns a rejection into the message shown. */
  describe?: (reason: unknown) => string;
}

export const AUTOSAVE_DELAY = 800;

export class Autosave<T, R> {
  private latest: T | undefined;
  private dirty = false;
  /** A flush was asked for (timer, blur, close) and not yet served. */
  private wanted = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private readonly delay: number;

  constructor(private readonly options: AutosaveOptions<T, R>) {
    this.delay = options.delay ?? AUTOSAVE_DELAY;
  }

  /** True while some change has not been stored (pending, saving or failed). */
  get unsaved(): boolean {
    return this.dirty || this.running !== null;
  }

  /** The text changed on screen: save it `delay` ms after the last change. */
  change(value: T): void {
    this.latest = value;
    this.dirty = true;
    if (this.running === null) this.options.onstate({ kind: 'pending' });
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.delay);
  }

  /** Saves now (blur, leaving the page, closing the window); resolves once nothing is left unsaved or a save failed. */
  flush(): Promise<void> {
    this.clearTimer();
    if (!this.dirty && this.running === null) return Promise.resolve();
    this.wanted = true;
    if (this.running === null) {
      this.running = this.drain().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  /** Forgets a waiting change (its text was deleted); a save already running still finishes. */
  cancel(): void {
    this.clearTimer();
    this.dirty = false;
    this.wanted = false;
  }

  /** Stops the timer without saving (use `flush` first when leaving). */
  dispose(): void {
    this.clearTimer();
  }

  private clearTimer(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
  }

  private async drain(): Promise<void> {
    while (this.dirty && this.wanted) {
      const value = this.latest as T;
      this.dirty = false;
      this.wanted = false;
      this.options.onstate({ kind: 'saving' });
      let result: R;
      try {
        result = await this.options.save(value);
      } catch (reason) {
        // Keep the text as unsaved: the next change, blur or retry sends it again (the latest, if typing went on).
        this.dirty = true;
        const message = this.options.describe ? this.options.describe(reason) : String(reason);
        this.options.onstate({ kind: 'failed', message });
        return;
      }
      this.options.onsaved?.(result, value);
      if (!this.dirty) this.options.onstate({ kind: 'saved', result });
      else if (!this.wanted) this.options.onstate({ kind: 'pending' });
    }
  }
}
