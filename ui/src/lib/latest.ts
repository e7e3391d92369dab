/**
 * Answers that can arrive out of order — a view reloading on a route change and on `data-changed` at once — where
 * only the latest question's answer may be shown. Without it, the answer for a campaign just left could land after
 * the new one's and put the old page back on screen (seen after "Next edition…": the new campaign's page asked, the
 * old one's reload from the write's `data-changed` answered last).
 */
export const STALE: unique symbol = Symbol('stale');

export class Latest {
  #asked = 0;

  /**
   * Runs `call`. Resolves to its answer, or to {@link STALE} when another call was started (or {@link forget} called)
   * before it answered; a failure is thrown only while it is still the latest.
   */
  async take<T>(call: () => Promise<T>): Promise<T | typeof STALE> {
    const asked = ++this.#asked;
    try {
      const answer = await call();
      return asked === this.#asked ? answer : STALE;
    } catch (reason) {
      if (asked !== this.#asked) return STALE;
      throw reason;
    }
  }

  /** Makes every call still waiting stale (nothing is asked any more). */
  forget(): void {
    this.#asked += 1;
  }
}
