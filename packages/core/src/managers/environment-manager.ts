import type { Listener } from '../internal/store.js';

/**
 * A tiny store over one boolean fact of the environment (tab visible, network online) that every poller shares.
 * DOM listeners are attached only while someone subscribes, so importing core in Node or a test touches no DOM.
 */
export interface EnvironmentManager {
  /** Registers a listener called when the value changes; returns the function that removes it. A function subscribed twice is held once. */
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
  const listeners = new Set<Listener>();
  let override: boolean | undefined;
  let value = true;
  let detach: (() => void) | undefined;

  const current = () => override ?? source.read();
  const refresh = () => {
    const next = current();
    if (next === value) return;
    value = next;
    for (const listener of [...listeners]) listener();
  };

  return {
    subscribe(listener) {
      // Internal stores subscribe one distinct function each, so a plain Set is enough here.
      listeners.add(listener);
      if (listeners.size === 1) {
        value = current();
        const target = source.target();
        for (const type of source.events) target?.addEventListener(type, refresh);
        detach = () => {
          for (const type of source.events) target?.removeEventListener(type, refresh);
        };
      }
      return () => {
        if (listeners.delete(listener) && !listeners.size) {
          detach?.();
          detach = undefined;
        }
      };
    },
    getSnapshot: () => (listeners.size ? value : current()),
    setOverride(next) {
      override = next;
      if (listeners.size > 0) refresh();
    },
  };
}
