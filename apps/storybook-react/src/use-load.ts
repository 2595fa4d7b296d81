import { useEffect, useState } from 'react';

/** What {@link useLoad} has so far: `value` once `load` resolved, `error` (its message) if it rejected. */
export interface Loaded<T> {
  value?: T;
  error?: string;
}

/**
 * Runs `load` after the first render, and again when `key` changes; a result that arrives after a newer load started
 * (or after unmount) is dropped. The stories fetch their data from the emulator with it.
 */
export function useLoad<T>(load: () => Promise<T>, key?: string): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({});
  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setLoaded({ value }),
      (error: Error) => current && setLoaded({ error: error.message }),
    );
    return () => {
      current = false;
    };
    // `load` is a new closure on every render; `key` says when its result would differ.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return loaded;
}
