import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { Autosaver, type SaveState } from './autosave';

describe('Autosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(save: (value: string) => Promise<void>) {
    const states: SaveState[] = [];
    const saver = new Autosaver<string>(save, (state) => states.push(state), 800);
    return { saver, states };
  }

  it('saves the last text once typing pauses', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { saver, states } = setup(save);
    saver.change('a');
    await vi.advanceTimersByTimeAsync(500);
    saver.change('ab');
    await vi.advanceTimersByTimeAsync(799);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('ab');
    expect(states.at(-1)).toBe('saved');
    expect(saver.unsaved).toBe(false);
  });

  it('saves at once on flush and does nothing when nothing changed', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { saver } = setup(save);
    await saver.flush();
    expect(save).not.toHaveBeenCalled();
    saver.change('x');
    await saver.flush();
    expect(save).toHaveBeenCalledWith('x');
    await vi.advanceTimersByTimeAsync(2000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('runs one save at a time and saves a change made meanwhile right after', async () => {
    let release: () => void = () => {};
    const calls: string[] = [];
    let inFlight = 0;
    let most = 0;
    const save = vi.fn(
      (value: string) =>
        new Promise<void>((resolve) => {
          calls.push(value);
          inFlight += 1;
          most = Math.max(most, inFlight);
          release = () => {
            inFlight -= 1;
            resolve();
          };
        }),
    );
    const { saver, states } = setup(save);
    saver.change('one');
    const first = saver.flush();
    saver.change('two');
    saver.change('three');
    const second = saver.flush();
    expect(calls).toEqual(['one']);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual(['one', 'three']);
    release();
    await Promise.all([first, second]);
    expect(most).toBe(1);
    expect(states.at(-1)).toBe('saved');
  });

  it('reports a failed save and keeps the text for the next try', async () => {
    const save = vi.fn().mockRejectedValueOnce(new Error('title must not be empty')).mockResolvedValue(undefined);
    const { saver, states } = setup(save);
    saver.change('');
    await saver.flush();
    expect(states.at(-1)).toBe('error');
    expect(saver.unsaved).toBe(true);
    await saver.flush();
    expect(save).toHaveBeenCalledTimes(2);
    expect(states.at(-1)).toBe('saved');
  });

  it('forgets a waiting change when cancelled', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { saver } = setup(save);
    saver.change('gone');
    saver.cancel();
    await vi.advanceTimersByTimeAsync(2000);
    await saver.flush();
    expect(save).not.toHaveBeenCalled();
    expect(saver.unsaved).toBe(false);
  });
});
