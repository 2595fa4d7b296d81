import type * as HlsGlue from './attach-hls.js';
import { attachNative } from './attach-native.js';
import type { PlayerContext } from './context.js';
import type { HlsConstructor } from './hls-types.js';
import { isHlsUrl } from './hls-support.js';
import { prefetchPlaylist, type FetchedPlaylist, type ManifestAnswer } from './playlist-prefetch.js';
import { openSession } from './session.js';
import { withSession } from './source.js';

/** hls.js and the module that wires it to the player, loading side by side. */
export type HlsReady = Promise<readonly [HlsConstructor, typeof HlsGlue]>;

/**
 * Attaches the current source: opens a private video's session, adds the text tracks (`withTracks`: once per
 * source; their code loads only when there are some), waits out a VOD still encoding (`processing`), then hands the
 * media to hls.js (`hlsReady`) or to the browser, and plays if asked.
 */
export async function attachSource(
  ctx: PlayerContext,
  signal: AbortSignal,
  hlsReady: HlsReady | undefined,
  withTracks: boolean,
  onLiveFatal?: () => void,
): Promise<void> {
  const { url, privatePrefix, live } = ctx.source;
  const { captions, chapters } = ctx.options;
  // The track code loads only for sources that have captions or chapters, beside the session.
  const tracks = withTracks && (captions?.length || chapters?.length) ? import('./text-tracks.js') : undefined;
  const session = privatePrefix ? await openSession(privatePrefix, signal) : undefined;
  if (signal.aborted) return;
  if (tracks) (await tracks).addSourceTracks(ctx, session);
  if (signal.aborted) return;
  const target = withSession(url, session);
  // Unless the app loads playlists its own way, the manifest is fetched while hls.js is still on its way; it also
  // tells a video still encoding (202) from a missing one (404). A live stream's manifest is watched in live.ts.
  const ownLoader = ['loader', 'pLoader', 'xhrSetup', 'fetchSetup'].some((key) => key in (ctx.options.hls ?? {}));
  let early: Promise<ManifestAnswer> | undefined =
    !ownLoader && (hlsReady || (!live && isHlsUrl(target))) ? prefetchPlaylist(target, signal) : undefined;
  const answer = !live && (await early);
  if (signal.aborted) return;
  if (typeof answer === 'string') {
    const playlist = await (await import('./processing.js')).waitOut(ctx, answer, target, signal);
    if (!playlist) return;
    early = Promise.resolve(playlist);
  }
  if (hlsReady) {
    const [Hls, { attachHls }] = await hlsReady;
    if (signal.aborted) return;
    const playlist = early?.then((answer): FetchedPlaylist | undefined =>
      typeof answer === 'object' ? answer : undefined,
    );
    attachHls(ctx, Hls, target, session, playlist, onLiveFatal);
  } else attachNative(ctx, target);
  if (ctx.wantsPlay && !signal.aborted) ctx.video.play().catch(() => {});
}
