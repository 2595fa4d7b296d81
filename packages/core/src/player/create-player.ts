import { VidkitError } from '../errors.js';
import { createStore } from '../internal/store.js';
import { attachSource, type HlsReady } from './attach.js';
import { detachMedia, playbackError, setStatus, unsupported, type PlayerContext } from './context.js';
import { playerControls } from './controls.js';
import { loadHlsOnce } from './hls-loader.js';
import { isHlsUrl, prefersNativeHls } from './hls-support.js';
import { reportChanges, trackMediaEvents } from './media-events.js';
import { mergePlayerOptions, sourceKey } from './options.js';
import { initialSnapshot, type PlayerSnapshot } from './snapshot.js';
import { resolveSource } from './source.js';
import type { Player, PlayerOptions } from './types.js';

export type { Player, PlayerOptions } from './types.js';

/**
 * Creates a headless player on a `<video>` element for an api.video VOD, live stream or any HLS/mp4 URL.
 * Uses native HLS on Safari, otherwise hls.js, imported only then and once per page; the manifest is fetched
 * while hls.js loads, one round trip less before the first frame. Private videos play through
 * one token (a session). A live stream that is offline shows `status: 'offline'` and starts by itself when it
 * goes live. `setOptions` takes new options later: the same source again is a no-op, a new one swaps in.
 *
 * @example
 * const player = createPlayer(document.querySelector('video')!, { videoId: 'vi4blUQJFrYWbaG44NChkH27', muted: true });
 * player.subscribe(() => render(player.getSnapshot()));
 * await player.play();
 */
export function createPlayer(video: HTMLVideoElement, options: PlayerOptions): Player {
  if (typeof document === 'undefined' || typeof video?.addEventListener !== 'function') {
    throw unsupported('createPlayer (it needs a browser and a <video>)');
  }
  const source = resolveSource(options);
  const ctx: PlayerContext = {
    video,
    store: createStore<PlayerSnapshot>(initialSnapshot(video, source.live)),
    options: {},
    source,
    hls: undefined,
    native: false,
    wantsPlay: false,
    cleanup: [],
  };
  const disposers: (() => void)[] = [];
  let key = '';
  let destroyed = false;
  video.playsInline = true;
  trackMediaEvents(ctx, disposers);
  reportChanges(ctx, disposers);

  const start = () => {
    const { store, source } = ctx;
    const controller = new AbortController();
    const { signal } = controller;
    ctx.cleanup.push(() => controller.abort());
    store.update({ ...initialSnapshot(video, source.live), textTracks: store.getSnapshot().textTracks });
    // hls.js is fetched at once, in parallel with the private-video session or the live probe, not after them.
    // The rejection of a failed import surfaces through attachSource; this copy only must not go unhandled.
    // The code that wires hls.js to the player comes with it, so pages that play natively never fetch either.
    const hlsReady: HlsReady | undefined =
      isHlsUrl(source.url) && !prefersNativeHls(video)
        ? Promise.all([loadHlsOnce(ctx.options.loadHls), import('./attach-hls.js')])
        : undefined;
    hlsReady?.catch(() => {});
    const fail = (error: unknown) => {
      if (!signal.aborted) {
        setStatus(ctx, 'error', error instanceof VidkitError ? error : playbackError(String(error), error));
      }
    };
    let withTracks = true;
    const attach = (onLiveFatal?: () => void) => {
      attachSource(ctx, signal, hlsReady, withTracks, onLiveFatal).catch(fail);
      withTracks = false;
    };
    // Playback reports for api.video's analytics: their own chunk, loaded beside hls.js for api.video sources.
    if (source.mediaId && ctx.options.analytics !== false)
      import('./analytics.js').then(
        (m) => m.report(ctx, signal),
        () => {},
      );
    // Live watching loads with the first live source, beside hls.js: VOD-only pages never fetch it.
    if (source.live)
      import('./live.js').then(({ watchLive }) => signal.aborted || watchLive(ctx, signal, attach), fail);
    else attach();
  };

  const teardown = () => {
    for (const cleanup of ctx.cleanup.splice(0).reverse()) cleanup();
    detachMedia(ctx);
  };

  const setOptions = (partial: Partial<PlayerOptions>) => {
    if (destroyed) return;
    const previous = ctx.options;
    const next = mergePlayerOptions(previous, partial);
    const source = resolveSource(next);
    ctx.options = next;
    // Only a changed value applies: an unchanged `muted` must not undo the viewer's unmute.
    const changed = (name: 'muted' | 'loop' | 'autoplay') => next[name] !== undefined && next[name] !== previous[name];
    if (changed('muted')) video.muted = next.muted!;
    if (changed('loop')) video.loop = next.loop!;
    if (changed('autoplay')) ctx.wantsPlay = next.autoplay!;
    const nextKey = sourceKey(next, source);
    if (nextKey === key) return;
    key = nextKey;
    teardown();
    ctx.source = source;
    start();
  };

  setOptions(options);

  return {
    subscribe: ctx.store.subscribe,
    getSnapshot: ctx.store.getSnapshot,
    ...playerControls(ctx),
    setOptions,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      teardown();
      for (const dispose of disposers.splice(0)) dispose();
    },
  };
}
