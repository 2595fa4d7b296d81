import { createSubscriber } from 'svelte/reactivity';
import type { ReadableStore } from '@vidkit/core';

/**
 * The one bridge between a core store and Svelte: a getter of the store's snapshot that subscribes while an effect
 * (a template, `$derived`, `$effect`) reads it and unsubscribes when none does. On the server `createSubscriber` does
 * nothing, so nothing subscribes or polls there.
 *
 * @example
 * const snapshot = subscribed(watcher);
 * $effect(() => console.log(snapshot().status));
 */
export function subscribed<T>(store: ReadableStore<T>): () => T {
  const subscribe = createSubscriber((update) => store.subscribe(update));
  return () => {
    subscribe();
    return store.getSnapshot();
  };
}
