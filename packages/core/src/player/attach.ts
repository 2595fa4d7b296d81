import type * as HlsGlue from './attach-hls.js';
import { attachNative } from './attach-native.js';
import type { PlayerContext } from './context.js';
import type { HlsConstructor } from './hls-types.js';
import { prefetchPlaylist } from './playlist-prefetch.js';
import { openSession } from './session.js';
import { withSession } from './source.js';
import { addSourceTracks } from './text-tracks.js';

/** hls.js and the module that wires it to the player, loading side by side. */
export type HlsReady = Promise<readonly [HlsConstructor, typeof HlsGlue]>;

/**
 * Attaches the current source: opens a private video's session, adds the text tracks (`withTracks`: once per
 * source), then hands the media to hls.js (`hlsReady`) or to the browser, and plays if asked.
 */
export async function attachSource(
  ctx: PlayerContext,
  signal: AbortSignal,
  hlsReady: HlsReady | undefined,
  withTracks: boolean,
  onLiveFatal?: () => void,
): Promise<void> {
  const { url, privatePrefix } = ctx.source;
  const session = privatePrefix ? await openSession(privatePrefix, signal) : undefined;
  if (signal.aborted) return;
  if (withTracks) addSourceTracks(ctx, session);
  const target = withSession(url, session);
  if (hlsReady) {
    // Unless the app loads playlists its own way, the manifest is fetched while hls.js is still on its way.
    const early = ['loader', 'pLoader', 'xhrSetup', 'fetchSetup'].some((key) => key in (ctx.options.hls ?? {}))
      ? undefined
      : prefetchPlaylist(target, signal);
    const [Hls, { attachHls }] = await hlsReady;
    if (signal.aborted) return;
    attachHls(ctx, Hls, target, session, early, onLiveFatal);
  } else attachNative(ctx, target);
  if (ctx.wantsPlay && !signal.aborted) ctx.video.play().catch(() => {});
}
