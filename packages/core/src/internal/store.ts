/**
 * The one store primitive behind every stateful thing in core (uploads, queues, players, watchers, pollers and the
 * environment managers). `getSnapshot()` returns an immutable value that is replaced on every change, so `Object.is`
 * tells change (what React's useSyncExternalStore, Vue's shallowRef, Svelte's $state and Angular's signal all need).
 * Side effects start with the first subscriber and stop with the last.
 */

/** A function called after every state change. */
export type Listener = () => void;

/** What every Vidkit store exposes to framework adapters. */
export interface ReadableStore<T> {
  /** Registers a listener called after each change; returns the function that removes it. */
  subscribe(listener: Listener): () => void;
  /** The current immutable snapshot. The same object until the next change. */
  getSnapshot(): T;
}

/** A store's internals: the read side plus `set`/`update` for the code that owns it. */
export interface WritableStore<T> extends ReadableStore<T> {
  /** Replaces the snapshot and notifies listeners (no-op when `Object.is(next, current)`). */
  set(next: T): void;
  /** Shallow-merges `patch` into a new snapshot and notifies; skips notification when nothing changed. */
  update(patch: Partial<T>): void;
  /** How many listeners are subscribed. */
  readonly listenerCount: number;
}

/**
 * A store holding `initial` (frozen). `onStart` runs when the first listener subscribes and may return a cleanup
 * that runs when the last one leaves. Each `subscribe` is its own subscription, even of the same function.
 */
export function createStore<T>(initial: T, onStart?: () => void | (() => void)): WritableStore<T> {
  let state = Object.freeze(initial);
  const listeners = new Set<Listener>();
  let stop: void | (() => void);

  const set = (next: T) => {
    if (Object.is(next, state)) return;
    state = Object.freeze(next);
    for (const listener of [...listeners]) listener();
  };

  return {
    subscribe(listener) {
      const entry: Listener = () => listener();
      // Started before the first listener joins, so what onStart sets up front notifies no one.
      if (!listeners.size) stop = onStart?.();
      listeners.add(entry);
      return () => {
        if (listeners.delete(entry) && !listeners.size && stop) {
          const cleanup = stop;
          stop = undefined;
          cleanup();
        }
      };
    },
    getSnapshot: () => state,
    set,
    update(patch) {
      for (const key in patch) if (!Object.is(patch[key], state[key])) return set({ ...state, ...patch });
    },
    get listenerCount() {
      return listeners.size;
    },
  };
}
