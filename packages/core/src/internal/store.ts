/**
 * The one store primitive behind every stateful thing in core (uploads, queues, players, watchers).
 * `getSnapshot()` returns an immutable object that is replaced on every change, so `Object.is` tells change
 * (what React's useSyncExternalStore, Vue's shallowRef, Svelte's $state and Angular's signal all need).
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

export interface StoreHooks {
  /** Runs when the first listener subscribes; may return a cleanup that runs when the last one leaves. */
  onStart?: () => void | (() => void);
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

export function createStore<T extends object>(initial: T, hooks: StoreHooks = {}): WritableStore<T> {
  let state = Object.freeze({ ...initial }) as T;
  const listeners = new Set<Listener>();
  let stop: void | (() => void);

  const notify = () => {
    for (const listener of [...listeners]) listener();
  };

  return {
    subscribe(listener) {
      // Wrap so the same function can subscribe twice and unsubscribe independently.
      const entry: Listener = () => listener();
      listeners.add(entry);
      if (listeners.size === 1 && hooks.onStart) stop = hooks.onStart();
      let active = true;
      return () => {
        if (!active) return;
        active = false;
        listeners.delete(entry);
        if (listeners.size === 0 && stop) {
          const cleanup = stop;
          stop = undefined;
          cleanup();
        }
      };
    },
    getSnapshot: () => state,
    set(next) {
      if (Object.is(next, state)) return;
      state = Object.freeze(next);
      notify();
    },
    update(patch) {
      let changed = false;
      for (const key in patch) {
        if (!Object.is(patch[key], state[key])) {
          changed = true;
          break;
        }
      }
      if (!changed) return;
      state = Object.freeze({ ...state, ...patch });
      notify();
    },
    get listenerCount() {
      return listeners.size;
    },
  };
}
