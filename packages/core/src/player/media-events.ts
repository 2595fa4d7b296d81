import { listen, playbackError, setStatus, type PlayerContext } from './context.js';
import { playerLiveFlag } from './live-flag.js';
import { bufferedEnd, readTextTracks } from './snapshot.js';

/** Mirrors the `<video>` element's events into the snapshot for the player's lifetime; removals go to `bucket`. */
export function trackMediaEvents(ctx: PlayerContext, bucket: (() => void)[]): void {
  const { video, store } = ctx;
  const status = () => store.getSnapshot().status;
  const on = (types: string, handler: () => void) => listen(video, types, handler, bucket);
  on('timeupdate progress seeked', () =>
    store.update({ currentTime: video.currentTime, buffered: bufferedEnd(video.buffered, video.currentTime) }),
  );
  on('durationchange', () =>
    store.update({ duration: video.duration, isLive: ctx.source.live || video.duration === Infinity }),
  );
  on('volumechange', () => store.update({ volume: video.volume, muted: video.muted }));
  on('ratechange', () => store.update({ rate: video.playbackRate }));
  on('loadeddata canplay', () => {
    if (status() === 'loading') setStatus(ctx, video.paused ? 'ready' : 'buffering');
  });
  on('playing', () => setStatus(ctx, 'playing'));
  on('pause', () => {
    if (!video.ended && !/offline|error|loading/.test(status())) setStatus(ctx, 'paused');
  });
  on('waiting', () => {
    if (!video.paused && status() !== 'offline') setStatus(ctx, 'buffering');
  });
  on('ended', () => setStatus(ctx, 'ended'));
  on('error', () => {
    // hls.js reports its own errors; only a source the browser loads itself ends up here (live: see live.ts).
    if (ctx.native && video.error && !ctx.source.live) {
      setStatus(ctx, 'error', playbackError(`The browser could not play the media (${video.error.code}).`));
    }
  });
  listen(
    video.textTracks,
    'addtrack removetrack change',
    () => store.update({ textTracks: readTextTracks(video) }),
    bucket,
  );
}

/**
 * Fires `onStatusChange` per new status, `onError` once per failure and `onLiveChange` once per change of the live
 * flag, from the snapshot, with the callbacks of the moment (so an adapter only passes its latest props through
 * `setOptions`).
 */
export function reportChanges(ctx: PlayerContext, bucket: (() => void)[]): void {
  let error: unknown;
  let live: boolean | undefined;
  let status = ctx.store.getSnapshot().status;
  bucket.push(
    ctx.store.subscribe(() => {
      const snapshot = ctx.store.getSnapshot();
      if (snapshot.status !== status) ctx.options.onStatusChange?.((status = snapshot.status));
      if (snapshot.error && snapshot.error !== error) ctx.options.onError?.(snapshot.error);
      error = snapshot.error;
      const now = playerLiveFlag(snapshot, ctx.source.live);
      // Unknown (loading, failed) is not news; the first known state is, offline included.
      if (now !== undefined && now !== live) ctx.options.onLiveChange?.(now);
      if (now !== undefined) live = now;
    }),
  );
}
