import { DestroyRef, PLATFORM_ID, inject, signal, type Signal } from '@angular/core';
import { isPlatformBrowser } from '@angular/common';
import type { ReadableStore } from '@vidkit/core';

/** A value, or a signal / function that reads it (read inside an effect, so a change reaches the controller). */
export type MaybeReactive<T> = T | Signal<T> | (() => T);

/** Reads a {@link MaybeReactive} (tracked when called inside a reactive context). */
export function read<T>(value: MaybeReactive<T>): T {
  return typeof value === 'function' ? (value as () => T)() : value;
}

/** True in a browser, false during server rendering (where nothing subscribes, polls or touches the DOM). */
export function inBrowser(): boolean {
  return isPlatformBrowser(inject(PLATFORM_ID));
}

/**
 * The one bridge between a core store and Angular: a read-only signal of the store's snapshot, set on each change.
 * Subscribes only in a browser; unsubscribes when the injection context is destroyed.
 */
export function storeSignal<T>(store: ReadableStore<T>, browser = inBrowser()): Signal<T> {
  const state = signal(store.getSnapshot());
  if (browser) {
    const off = store.subscribe(() => state.set(store.getSnapshot()));
    // The first subscriber starts the store's side effects, which may already have changed it.
    state.set(store.getSnapshot());
    inject(DestroyRef).onDestroy(off);
  }
  return state.asReadonly();
}
