import { attachHls } from './attach-hls.js';
import { attachNative } from './attach-native.js';
import type { PlayerContext } from './context.js';
import type { HlsConstructor } from './hls-types.js';
import { openSession } from './session.js';
import { withSession } from './source.js';
import { addSourceTracks } from './text-tracks.js';

/**
 * Attaches the current source: opens a private video's session, adds the text tracks (`withTracks`: once per
 * source), then hands the media to hls.js (`hlsReady`) or to the browser, and plays if asked.
 */
export async function attachSource(
  ctx: PlayerContext,
  signal: AbortSignal,
  hlsReady: Promise<HlsConstructor> | undefined,
  withTracks: boolean,
  onLiveFatal?: () => void,
): Promise<void> {
  const { url, privatePrefix } = ctx.source;
  const session = privatePrefix ? await openSession(privatePrefix, signal) : undefined;
  if (signal.aborted) return;
  if (withTracks) addSourceTracks(ctx, session);
  const target = withSession(url, session);
  if (hlsReady) await attachHls(ctx, hlsReady, target, session, signal, onLiveFatal);
  else attachNative(ctx, target);
  if (ctx.wantsPlay && !signal.aborted) ctx.video.play().catch(() => {});
}
