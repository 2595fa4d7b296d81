import type { FetchedPlaylist } from './playlist-prefetch.js';

// The slice of hls.js's public Loader interface this needs (see hls.js `src/types/loader.ts`).
interface LoadContext {
  url: string;
}
interface LoadStats {
  loading: { start: number; first: number; end: number };
  loaded: number;
  total: number;
}
interface LoadCallbacks {
  onSuccess(response: FetchedPlaylist, stats: LoadStats, context: LoadContext, details: null): void;
}
interface PlaylistLoader {
  load(context: LoadContext, config: unknown, callbacks: LoadCallbacks): void;
  abort(): void;
  destroy(): void;
  context: unknown;
  readonly stats: LoadStats;
}
/** hls.js's loader class (`Hls.DefaultConfig.loader`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PlaylistLoaderClass = new (config: any) => PlaylistLoader;

/**
 * A playlist loader for hls.js (`pLoader`) that answers its first request for `url` with the prefetched playlist
 * and sends every other request (and that one, when the prefetch failed or timed out) through hls.js's own
 * loader.
 */
export function servePrefetched(
  Base: PlaylistLoaderClass,
  url: string,
  prefetched: Promise<FetchedPlaylist | undefined>,
): PlaylistLoaderClass {
  let pending: Promise<FetchedPlaylist | undefined> | undefined = prefetched;
  // A function hls.js calls with `new`: the object it returns is the loader (smaller than a class once minified).
  return function (config: unknown): PlaylistLoader {
    const inner = new Base(config);
    let settled = false;
    const loader: PlaylistLoader = {
      context: null,
      stats: inner.stats,
      load(context, options, callbacks) {
        const body = context.url === url ? pending : undefined;
        loader.context = context;
        if (!body) return inner.load(context, options, callbacks);
        pending = undefined;
        void body.then((playlist) => {
          if (settled) return;
          settled = true;
          if (!playlist) return inner.load(context, options, callbacks);
          const { stats } = loader;
          // The request itself was the prefetch's: to hls.js this one starts and ends now.
          stats.loading.start = stats.loading.first = stats.loading.end = performance.now();
          stats.loaded = stats.total = playlist.data.length;
          callbacks.onSuccess(playlist, stats, context, null);
        });
      },
      abort() {
        settled = true;
        inner.abort();
      },
      destroy() {
        settled = true;
        inner.destroy();
      },
    };
    return loader;
  } as unknown as PlaylistLoaderClass;
}
