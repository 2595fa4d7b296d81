'use client';
import { useEffect, useRef } from 'react';

/**
 * Calls `dispose` once the component has really unmounted. Deferred by a task because StrictMode and Fast Refresh
 * unmount and mount again at once: that second mount cancels the pending call, so the store outlives the rehearsal.
 */
export function useDisposeOnUnmount(dispose: () => void): void {
  const pending = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    clearTimeout(pending.current);
    return () => void (pending.current = setTimeout(dispose));
  }, [dispose]);
}
