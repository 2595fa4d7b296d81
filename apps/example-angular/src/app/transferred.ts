import { PLATFORM_ID, TransferState, inject, makeStateKey } from '@angular/core';
import { isPlatformServer } from '@angular/common';

/**
 * Loads data once per page view: on the server the result goes into the page (TransferState), and the browser's
 * first run (hydration) reads it from there instead of asking again. Call it in an injection context (a resolver).
 */
export function transferred<T>(key: string, load: () => Promise<T>): Promise<T> {
  const state = inject(TransferState);
  const server = isPlatformServer(inject(PLATFORM_ID));
  const stateKey = makeStateKey<T>(key);
  if (!server && state.hasKey(stateKey)) {
    const value = state.get(stateKey, null as T);
    state.remove(stateKey);
    return Promise.resolve(value);
  }
  return load().then((value) => {
    if (server) state.set(stateKey, value);
    return value;
  });
}
