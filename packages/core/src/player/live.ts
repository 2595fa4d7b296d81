import type { VidkitError } from '../errors.js';
import { probeLiveManifest } from '../status/live-manifest.js';
import type { LiveStatusSnapshot } from '../status/live-status.js';
import { findPoller, PUBLIC } from '../status/poller.js';
import { detachMedia, listen, setStatus, type PlayerContext } from './context.js';

/**
 * Watches a live source and attaches it (`attach`) whenever it broadcasts; `signal` ends the watch with the source.
 *
 * The public manifest answers 404 while offline. When watchLiveStatus already polls it (a status badge of the stream
 * on this page), join that shared loop rather than probe too: one request per interval for both. Otherwise probe
 * here, re-checking with backoff (1 s, 2 s, 4 s… up to liveCheckInterval) and looking for such a loop before each
 * check. (Creating the loop here would put the poller and its managers, ~0.95 kB gzip, into the 4 kB player.) After
 * a break, only answers newer than it count: the loop still remembers the broadcast.
 */
export function watchLive(ctx: PlayerContext, signal: AbortSignal, attach: (onFatal: () => void) => void): void {
  const { video, store, cleanup } = ctx;
  const { url } = ctx.source;
  const interval = () => ctx.options.liveCheckInterval ?? 5000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stalled: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let since = Date.now() - interval();
  let unwatch: (() => void) | undefined;

  const answer = (live: boolean, error: VidkitError | undefined) => {
    store.update({ error });
    if (!live) return setStatus(ctx, 'offline');
    attempt = 0;
    unwatch?.();
    unwatch = undefined;
    setStatus(ctx, 'loading');
    attach(recheck);
  };
  const recheck = () => {
    detachMedia(ctx);
    setStatus(ctx, 'offline');
    since = Date.now();
    clearTimeout(timer);
    timer = setTimeout(check, Math.min(interval(), 1000 * 2 ** attempt++));
  };
  const check = async () => {
    const shared = findPoller<LiveStatusSnapshot>(PUBLIC, url);
    if (shared) {
      const onShared = () => {
        const { status: live, checkedAt, error } = shared.getSnapshot();
        // A 'live' from before the last break is stale; the manifest loop's errors are probeLiveManifest's.
        if (live !== 'unknown' && (live !== 'live' || checkedAt! > since)) {
          answer(live === 'live', error as VidkitError | undefined);
        }
      };
      unwatch = shared.watch(onShared, interval());
      return onShared();
    }
    let live = false;
    let error: VidkitError | undefined;
    try {
      live = await probeLiveManifest(url, signal);
    } catch (cause) {
      // Past a teardown's abort, probeLiveManifest throws VidkitErrors (network_error, api_error, timeout).
      error = cause as VidkitError;
    }
    if (signal.aborted) return;
    answer(live, error);
    if (!live) recheck();
  };
  // A broadcast that ends with an ENDLIST plays out to 'ended': the stream is offline again, watch for the next.
  listen(video, 'ended', recheck, cleanup);
  // Native HLS has no fatal-error event like hls.js's. It fails a playlist still too short to play (Chromium, on a
  // first one-segment window): re-check. And it waits forever on a playlist that has gone (404 when the broadcast
  // stops): a wait that lasts liveCheckInterval checks the stream again, which goes offline or re-attaches.
  listen(video, 'error', () => ctx.native && recheck(), cleanup);
  listen(
    video,
    'waiting',
    () => {
      clearTimeout(stalled);
      if (ctx.native) stalled = setTimeout(check, interval());
    },
    cleanup,
  );
  listen(video, 'playing', () => clearTimeout(stalled), cleanup);
  cleanup.push(() => {
    clearTimeout(timer);
    clearTimeout(stalled);
    unwatch?.();
  });
  void check();
}
