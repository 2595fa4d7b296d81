import {
  getCurrentInstance,
  getCurrentScope,
  onMounted,
  onScopeDispose,
  shallowReadonly,
  shallowRef,
  toValue,
  watch,
  type MaybeRefOrGetter,
  type ShallowRef,
} from 'vue';
import type { ReadableStore } from '@vidkit/core';

/**
 * Runs `start` on the client only: once mounted inside a component (never during server rendering, where nothing
 * mounts), at once in a bare effect scope in a browser.
 */
export function onClient(start: () => void): void {
  if (getCurrentInstance()) onMounted(start);
  else if (typeof window !== 'undefined') start();
}

/** Runs `cleanup` when the current effect scope (a component, `effectScope()`) stops; nothing outside a scope. */
export function onDispose(cleanup: () => void): void {
  if (getCurrentScope()) onScopeDispose(cleanup);
}

/**
 * The one bridge between a core store and Vue: a readonly shallow ref of the store's snapshot, subscribed on the
 * client while the effect scope lives. A ref or getter may swap the store (`null` until there is one: `fallback`).
 */
export function useStore<T>(
  store: MaybeRefOrGetter<ReadableStore<T> | null | undefined>,
  fallback: T,
): Readonly<ShallowRef<T>> {
  const read = () => toValue(store)?.getSnapshot() ?? fallback;
  const state = shallowRef(read());
  let stop: (() => void) | undefined;
  onClient(() => {
    stop = watch(
      () => toValue(store),
      (current, _, onCleanup) => {
        state.value = read();
        if (current) onCleanup(current.subscribe(() => (state.value = current.getSnapshot())));
      },
      { immediate: true, flush: 'sync' },
    );
  });
  onDispose(() => stop?.());
  return shallowReadonly(state);
}
