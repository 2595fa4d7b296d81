import type { HlsConstructor, HlsModule } from './hls-types.js';

/** Loads hls.js on demand; apps may pass their own (e.g. `loadHlsLight`, or `() => import('hls.js')`). */
export type HlsLoader = () => Promise<HlsModule>;

const defaultLoader: HlsLoader = () => import('hls.js');
const loaded = new WeakMap<HlsLoader, Promise<HlsConstructor>>();

/**
 * Resolves the hls.js class through `loader`, importing it once per page per loader: every player created later
 * reuses the same promise, and nothing is fetched on pages where native HLS is used.
 */
export function loadHlsOnce(loader: HlsLoader = defaultLoader): Promise<HlsConstructor> {
  let promise = loaded.get(loader);
  if (!promise) {
    promise = loader().then((module) => ('default' in module ? module.default : module));
    // A failed import (offline, chunk 404) may be retried by the next player.
    promise.catch(() => loaded.delete(loader));
    loaded.set(loader, promise);
  }
  return promise;
}
