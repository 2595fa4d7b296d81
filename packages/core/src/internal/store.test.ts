import { describe, expect, it, vi } from 'vitest';
import { createStore } from './store.js';

describe('createStore', () => {
  it('replaces the snapshot on change and keeps it identical otherwise', () => {
    const store = createStore({ a: 1, b: 'x' });
    const first = store.getSnapshot();
    store.update({ a: 1 });
    expect(store.getSnapshot()).toBe(first);
    store.update({ a: 2 });
    expect(store.getSnapshot()).not.toBe(first);
    expect(store.getSnapshot()).toEqual({ a: 2, b: 'x' });
    expect(Object.isFrozen(store.getSnapshot())).toBe(true);
  });

  it('starts side effects with the first subscriber and stops them with the last', () => {
    const cleanup = vi.fn();
    const onStart = vi.fn(() => cleanup);
    const store = createStore({ n: 0 }, onStart);
    const offA = store.subscribe(() => {});
    const offB = store.subscribe(() => {});
    expect(onStart).toHaveBeenCalledTimes(1);
    offA();
    offA();
    expect(cleanup).not.toHaveBeenCalled();
    offB();
    expect(cleanup).toHaveBeenCalledTimes(1);
    expect(store.listenerCount).toBe(0);
  });

  it('notifies each listener once per change', () => {
    const store = createStore({ n: 0 });
    const seen: number[] = [];
    store.subscribe(() => seen.push(store.getSnapshot().n));
    store.update({ n: 1 });
    store.update({ n: 1 });
    store.update({ n: 2 });
    expect(seen).toEqual([1, 2]);
  });
});
