import { describe, expect, it } from 'vitest';
import { Latest, STALE } from './latest';

/** A promise settled from outside, so a test decides the order answers arrive in. */
function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('Latest', () => {
  it('keeps the later question’s answer when the earlier one arrives last', async () => {
    const latest = new Latest();
    const old = deferred<string>();
    const fresh = deferred<string>();
    const first = latest.take(() => old.promise);
    const second = latest.take(() => fresh.promise);
    fresh.resolve('new campaign');
    old.resolve('old campaign');
    expect(await second).toBe('new campaign');
    expect(await first).toBe(STALE);
  });

  it('answers in order when nothing overlaps', async () => {
    const latest = new Latest();
    expect(await latest.take(async () => 1)).toBe(1);
    expect(await latest.take(async () => 2)).toBe(2);
  });

  it('throws a failure only while it is the latest', async () => {
    const latest = new Latest();
    const old = deferred<string>();
    const first = latest.take(() => old.promise);
    const second = latest.take(async () => 'shown');
    old.reject(new Error('the old campaign was deleted'));
    expect(await first).toBe(STALE);
    expect(await second).toBe('shown');
    await expect(latest.take(() => Promise.reject(new Error('not found')))).rejects.toThrow('not found');
  });

  it('forget makes a waiting answer stale', async () => {
    const latest = new Latest();
    const pending = deferred<string>();
    const answer = latest.take(() => pending.promise);
    latest.forget();
    pending.resolve('too late');
    expect(await answer).toBe(STALE);
  });
});
