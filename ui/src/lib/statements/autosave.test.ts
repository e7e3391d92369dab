import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { Autosave, type SaveState } from './autosave';

interface Deferred {
  value: string;
  resolve: (r: number) => void;
  reject: (e: unknown) => void;
}

function setup(delay = 800) {
  const calls: Deferred[] = [];
  const states: SaveState<number>[] = [];
  const saved: string[] = [];
  const queue = new Autosave<string, number>({
    delay,
    save: (value) => new Promise<number>((resolve, reject) => calls.push({ value, resolve, reject })),
    onstate: (s) => states.push(s),
    onsaved: (_r, value) => saved.push(value),
    describe: (e) => `failed: ${String(e)}`,
  });
  const last = () => states.at(-1)?.kind;
  return { calls, states, saved, queue, last };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
}

describe('Autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, 800 ms after the last change, with the latest text', async () => {
    const { calls, queue, last } = setup();
    queue.change('a');
    vi.advanceTimersByTime(500);
    queue.change('ab');
    vi.advanceTimersByTime(799);
    expect(calls).toHaveLength(0);
    expect(last()).toBe('pending');
    vi.advanceTimersByTime(1);
    expect(calls.map((c) => c.value)).toEqual(['ab']);
    expect(last()).toBe('saving');
    calls[0]!.resolve(1);
    await settle();
    expect(last()).toBe('saved');
    expect(queue.unsaved).toBe(false);
  });

  it('never reports saved before the save returned, and keeps one save in flight', async () => {
    const { calls, queue, last, saved } = setup();
    queue.change('one');
    vi.advanceTimersByTime(800);
    queue.change('two');
    queue.change('three');
    vi.advanceTimersByTime(800);
    expect(calls).toHaveLength(1); // the second waits for the first
    calls[0]!.resolve(1);
    await settle();
    expect(last()).not.toBe('saved');
    expect(calls.map((c) => c.value)).toEqual(['one', 'three']);
    calls[1]!.resolve(2);
    await settle();
    expect(last()).toBe('saved');
    expect(saved).toEqual(['one', 'three']);
  });

  it('flush saves at once and resolves when stored', async () => {
    const { calls, queue } = setup();
    queue.change('x');
    const done = queue.flush();
    expect(calls.map((c) => c.value)).toEqual(['x']);
    let finished = false;
    void done.then(() => (finished = true));
    await settle();
    expect(finished).toBe(false);
    calls[0]!.resolve(1);
    await settle();
    expect(finished).toBe(true);
    vi.advanceTimersByTime(2000);
    expect(calls).toHaveLength(1); // the debounce timer was cancelled
  });

  it('a flush during a save sends the newer text right after it', async () => {
    const { calls, queue, last } = setup();
    queue.change('a');
    void queue.flush();
    queue.change('ab');
    const done = queue.flush();
    calls[0]!.resolve(1);
    await settle();
    expect(calls.map((c) => c.value)).toEqual(['a', 'ab']);
    calls[1]!.resolve(2);
    await done;
    expect(last()).toBe('saved');
  });

  it('on failure keeps the text unsaved, reports the error and retries on the next change', async () => {
    const { calls, queue, states } = setup();
    queue.change('text');
    vi.advanceTimersByTime(800);
    calls[0]!.reject('disk full');
    await settle();
    expect(states.at(-1)).toEqual({ kind: 'failed', message: 'failed: disk full' });
    expect(queue.unsaved).toBe(true);
    vi.advanceTimersByTime(5000);
    expect(calls).toHaveLength(1); // no retry loop by itself
    queue.change('text!');
    vi.advanceTimersByTime(800);
    expect(calls.map((c) => c.value)).toEqual(['text', 'text!']);
    calls[1]!.resolve(2);
    await settle();
    expect(states.at(-1)?.kind).toBe('saved');
  });

  it('flush after a failure retries the same text', async () => {
    const { calls, queue } = setup();
    queue.change('keep me');
    void queue.flush();
    calls[0]!.reject('locked');
    await settle();
    void queue.flush();
    expect(calls.map((c) => c.value)).toEqual(['keep me', 'keep me']);
  });

  it('flush with nothing to save resolves at once without saving', async () => {
    const { calls, queue } = setup();
    await queue.flush();
    expect(calls).toHaveLength(0);
  });

  it('forgets a waiting change when cancelled', async () => {
    const { calls, queue } = setup();
    queue.change('gone');
    queue.cancel();
    vi.advanceTimersByTime(2000);
    await queue.flush();
    expect(calls).toHaveLength(0);
    expect(queue.unsaved).toBe(false);
  });
});
