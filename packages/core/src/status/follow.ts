import { createStore, type ReadableStore } from '../internal/store.js';
import type { PollEntry } from './poller.js';

/** A watcher handle that takes new options: a store plus `setOptions`. */
export interface FollowingStore<S, O> extends ReadableStore<S> {
  /** Merges `options` over the current ones and follows the poll loop they select (none: idle, nothing polled). */
  setOptions(options: Partial<O>): void;
}

/** The poll loop options select and the interval to ask it for, or `undefined` for idle. */
export type Selection<S> = readonly [PollEntry<S>, number] | undefined;

/**
 * A handle over the shared poll loops: it follows the loop its options select, and moves to another one when
 * `setOptions` selects it (the old loop stops when nobody else watches it). Its snapshot is that loop's, or `idle`.
 */
export function followPoller<S, O extends object>(
  idle: S,
  select: (options: O) => Selection<S>,
  initial: O,
): FollowingStore<S, O> {
  let options = initial;
  let target = select(options);
  let unwatch: (() => void) | undefined;
  const read = () => (target ? target[0].getSnapshot() : idle);
  const follow = () => {
    unwatch = target?.[0].watch(() => store.set(read()), target[1]);
    store.set(read());
  };
  const store = createStore(read(), () => {
    follow();
    return () => {
      unwatch?.();
      unwatch = undefined;
    };
  });
  return {
    subscribe: store.subscribe,
    getSnapshot: read,
    setOptions(partial) {
      const merged = { ...options, ...partial };
      // Selected before they are kept, so options select() refuses (it throws) leave the handle as it was.
      const next = select(merged);
      options = merged;
      if (next?.[0] === target?.[0] && next?.[1] === target?.[1]) return;
      target = next;
      if (!store.listenerCount) return;
      // Watch the new loop before leaving the old one, so a loop both select keeps running.
      const previous = unwatch;
      follow();
      previous?.();
    },
  };
}
