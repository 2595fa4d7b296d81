import { followPoller, type FollowingStore, type Selection } from './follow.js';
import { probeLiveManifest } from './live-manifest.js';
import { liveManifestUrl } from './live-url.js';
import { PUBLIC, sharedPoller } from './poller.js';

/** What a live-status watcher knows. Times are epoch milliseconds. */
export interface LiveStatusSnapshot {
  /** `unknown` until the first answer; `error` after three failed checks in a row (or a first check that failed). */
  status: 'unknown' | 'live' | 'offline' | 'error';
  /** When `status` last changed, or `undefined` before the first answer. */
  since: number | undefined;
  /** When the last successful check answered. */
  checkedAt: number | undefined;
  /** The last check's error; cleared by the next success. */
  error: Error | undefined;
}

/**
 * A status source of yours (your backend reading `broadcasting` with its API key, webhooks it received), or
 * `apiLiveStatusSource(credential)`. Resolves `true`/`'live'` while broadcasting.
 */
export type LiveStatusFetcher = (
  liveStreamId: string,
  context: { signal: AbortSignal },
) => Promise<boolean | 'live' | 'offline'>;

export interface WatchLiveStatusOptions {
  /**
   * Where the status comes from. `'manifest'` (default) probes the public live manifest, which needs no
   * credential; `apiLiveStatusSource(credential)` reads `broadcasting` from the API; or a function of yours.
   */
  source?: 'manifest' | LiveStatusFetcher;
  /**
   * Delivery root: the manifest probed is `{deliveryBaseUrl}/live/{id}.m3u8`. Default api.video's live host
   * (`https://live.api.video/{id}.m3u8`); with the emulator, its URL.
   */
  deliveryBaseUrl?: string;
  /** The exact manifest URL to probe, overriding `deliveryBaseUrl` (e.g. a private live URL). */
  manifestUrl?: string;
  /** Milliseconds between checks while visible. Default 5 000. No checks while the page is hidden. */
  interval?: number;
}

/** What `LiveStatusWatcher.setOptions` takes: the stream (`null`: idle, nothing polled) and the options. */
export interface LiveStatusWatcherOptions extends WatchLiveStatusOptions {
  liveStreamId: string | null;
}

/**
 * A live-status store. Polling runs only while someone subscribes. `setOptions` switches stream or options in
 * place (an adapter passes its new props): the same stream and options again change nothing.
 */
export type LiveStatusWatcher = FollowingStore<LiveStatusSnapshot, LiveStatusWatcherOptions>;

/** A live status before its first check. */
export const UNKNOWN_LIVE_STATUS: LiveStatusSnapshot = Object.freeze({
  status: 'unknown',
  since: undefined,
  checkedAt: undefined,
  error: undefined,
});

/**
 * Watches whether a live stream is broadcasting. Every watcher of the same stream and source shares one poll loop:
 * 100 subscribers make one request per interval. Checks stop while the page is hidden (one at once when it is shown again), pause while the
 * browser is offline and back off on errors (and on 429 as long as the API's `retryAfter` asks). A `null` stream
 * is idle (`unknown`, nothing polled) until `setOptions` gives one.
 *
 * @example
 * const live = watchLiveStatus('li4pqNqGUkhKfWcBGpZVLRY5', { interval: 5000 });
 * const off = live.subscribe(() => (badge.textContent = live.getSnapshot().status));
 * live.setOptions({ liveStreamId: 'li5otherStream' }); // the badge follows the other stream
 */
export function watchLiveStatus(liveStreamId: string | null, options: WatchLiveStatusOptions = {}): LiveStatusWatcher {
  return followPoller(UNKNOWN_LIVE_STATUS, selectLiveLoop, { ...options, liveStreamId });
}

function selectLiveLoop(options: LiveStatusWatcherOptions): Selection<LiveStatusSnapshot> {
  const { liveStreamId, source = 'manifest', interval = 5000 } = options;
  if (liveStreamId === null) return undefined;
  const url = options.manifestUrl ?? liveManifestUrl(liveStreamId, options.deliveryBaseUrl);
  const manifest = source === 'manifest';
  const entry = sharedPoller<LiveStatusSnapshot>(manifest ? PUBLIC : source, manifest ? url : liveStreamId, () => ({
    initial: UNKNOWN_LIVE_STATUS,
    async poll(signal, state) {
      const answer = manifest ? await probeLiveManifest(url, signal) : await source(liveStreamId, { signal });
      const status = answer === true || answer === 'live' ? 'live' : 'offline';
      const now = Date.now();
      return { status, since: status === state.status ? state.since : now, checkedAt: now, error: undefined };
    },
    onError: (error, failures, state) =>
      // One failed check keeps what was known: a blip must not flip a badge from live to error.
      state.status === 'unknown' || failures > 2
        ? { error: error as Error, status: 'error', since: state.status === 'error' ? state.since : Date.now() }
        : { error: error as Error },
  }));
  return [entry, interval];
}
