import { detachMedia, playbackError, setStatus, unsupported, type PlayerContext } from './context.js';
import type { HlsConstructor } from './hls-types.js';
import type { FetchedPlaylist } from './playlist-prefetch.js';
import { servePrefetched } from './serve-prefetched.js';
import { withSession } from './source.js';

/**
 * Plays `manifest` through hls.js; `early` is the manifest fetched while hls.js loaded. `onLiveFatal` takes a live
 * stream's fatal errors (it went offline: check again). This module loads on demand beside hls.js (see start() in
 * create-player.ts): pages that play natively never fetch it.
 */
export function attachHls(
  ctx: PlayerContext,
  Hls: HlsConstructor,
  manifest: string,
  session: string | undefined,
  early: Promise<FetchedPlaylist | undefined> | undefined,
  onLiveFatal: (() => void) | undefined,
): void {
  const { store, options } = ctx;
  if (!Hls.isSupported()) throw unsupported('HLS (neither native nor with MediaSource)');
  const hls = (ctx.hls = new Hls({
    ...(options.startAt && { startPosition: options.startAt }),
    ...(early && { pLoader: servePrefetched(Hls.DefaultConfig.loader, manifest, early) }),
    ...(session && {
      // Every manifest, key and segment request carries the session (api.video private videos).
      xhrSetup: (xhr: XMLHttpRequest, target: string) => xhr.open('GET', withSession(target, session), true),
      fetchSetup: (context: { url: string }, init: RequestInit) => new Request(withSession(context.url, session), init),
    }),
    ...options.hls,
  }));
  let recovered = false;
  const { Events } = Hls;
  hls.on(Events.MANIFEST_PARSED, () =>
    store.update({
      qualities: hls.levels
        .map(({ height, width, bitrate }) => ({ height, width, bitrate }))
        .sort((a, b) => a.height - b.height),
    }),
  );
  hls.on(Events.LEVEL_SWITCHED, (_: string, data: { level: number }) =>
    store.update({ activeQuality: hls.levels[data.level]?.height }),
  );
  hls.on(Events.LEVEL_LOADED, (_: string, data: { details?: { live?: boolean } }) =>
    store.update({ isLive: ctx.source.live || data.details?.live === true }),
  );
  hls.on(Events.ERROR, (_: string, data: { fatal?: boolean; type?: string; details?: string }) => {
    if (!data.fatal) return;
    if (onLiveFatal) return onLiveFatal();
    if (data.type === 'mediaError' && !recovered) {
      recovered = true;
      return hls.recoverMediaError();
    }
    detachMedia(ctx);
    setStatus(
      ctx,
      'error',
      playbackError(`Playback failed (${data.details}): does the video exist and is it encoded?`, data),
    );
  });
  hls.loadSource(manifest);
  hls.attachMedia(ctx.video);
}
