import { createStore, type Listener } from '../internal/store.js';

/**
 * A tiny store over one boolean fact of the environment (tab visible, network online) that every poller shares.
 * DOM listeners are attached only while someone subscribes, so importing core in Node or a test touches no DOM.
 */
export interface EnvironmentManager {
  /** Registers a listener called when the value changes; returns the function that removes it. */
  subscribe(listener: Listener): () => void;
  /** The current value (read live from the environment while no one subscribes). */
  getSnapshot(): boolean;
  /**
   * Forces the value (`true`/`false`), e.g. from React Native's AppState or in a test; `undefined` goes back to
   * reading the environment.
   */
  setOverride(value: boolean | undefined): void;
}

interface EnvironmentSource {
  /** Reads the value from the environment; must not throw where the DOM is missing. */
  read(): boolean;
  /** The object whose events tell a change (`document`, `window`), or `undefined` outside a browser. */
  target(): EventTarget | undefined;
  /** The events to listen to on it while someone subscribes. */
  events: readonly string[];
}

export function createEnvironmentManager(source: EnvironmentSource): EnvironmentManager {
  let override: boolean | undefined;
  const current = () => override ?? source.read();
  const refresh = () => store.set(current());
  const store = createStore(true, () => {
    refresh();
    const target = source.target();
    for (const type of source.events) target?.addEventListener(type, refresh);
    return () => {
      for (const type of source.events) target?.removeEventListener(type, refresh);
    };
  });
  return {
    subscribe: store.subscribe,
    getSnapshot: () => (store.listenerCount ? store.getSnapshot() : current()),
    setOverride(next) {
      override = next;
      if (store.listenerCount) refresh();
    },
  };
}
