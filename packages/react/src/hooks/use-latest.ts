'use client';
import { useInsertionEffect, useRef } from 'react';

/**
 * A ref that always holds the latest value (props callbacks), updated before any effect or event handler runs,
 * so handlers registered once still call what the last render passed: no stale callbacks.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useInsertionEffect(() => {
    ref.current = value;
  });
  return ref;
}
