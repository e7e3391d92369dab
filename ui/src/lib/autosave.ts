// Autosaving a text while it is typed: a save ~800 ms after the last change, at once on blur, one save at a time
// (the latest text wins; a change made while a save runs is saved right after it), and a state for the
// "Saved" indicator that says "Saved" only once the core has answered.

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export class Autosaver<T> {
  private value: T | undefined;
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;

  constructor(
    private readonly save: (value: T) => Promise<void>,
    private readonly onstate: (state: SaveState, error?: unknown) => void,
    private readonly delay = 800,
  ) {}

  /** A new text: saved after `delay` without further changes. */
  change(value: T): void {
    this.value = value;
    this.dirty = true;
    this.onstate('pending');
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delay);
  }

  /** True while a change has not reached the core yet. */
  get unsaved(): boolean {
    return this.dirty || this.running !== null;
  }

  /** Saves what is waiting now (on blur, before another write, when leaving); resolves when it is saved. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.running) {
      this.running = this.drain().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  /** Forgets what is waiting (the text was deleted); a save already running still finishes. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.dirty = false;
  }

  private async drain(): Promise<void> {
    let saved = false;
    while (this.dirty) {
      const value = this.value as T;
      this.dirty = false;
      this.onstate('saving');
      try {
        await this.save(value);
        saved = true;
      } catch (error) {
        // Kept as unsaved (unless a newer text is waiting anyway), so the next change or blur tries again.
        this.dirty = true;
        this.onstate('error', error);
        return;
      }
    }
    if (saved) this.onstate('saved');
  }
}
