'use client';
import { useSyncExternalStore } from 'react';
import type { ReadableStore } from '@vidkit/core';

const noSubscribe = () => () => {};
const noSnapshot = () => undefined;

/**
 * The one bridge between a core store and React: the snapshot of `store`, re-rendering on each change.
 * `null`/`undefined` (no store yet, e.g. before a file is picked or during server rendering) gives `undefined`.
 */
export function useStore<T>(store: ReadableStore<T>): T;
export function useStore<T>(store: ReadableStore<T> | null | undefined): T | undefined;
export function useStore<T>(store: ReadableStore<T> | null | undefined): T | undefined {
  const subscribe = store ? store.subscribe : noSubscribe;
  const getSnapshot = store ? store.getSnapshot : noSnapshot;
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
