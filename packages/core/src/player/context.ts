import { VidkitError } from '../errors.js';
import type { WritableStore } from '../internal/store.js';
import type { HlsInstance } from './hls-types.js';
import type { PlayerSnapshot, PlayerStatus } from './snapshot.js';
import type { ResolvedSource } from './source.js';
import type { PlayerOptions } from './types.js';

/** What the player's steps share: the element, the store, the current options and source, the media attached. */
export interface PlayerContext {
  video: HTMLVideoElement;
  store: WritableStore<PlayerSnapshot>;
  options: PlayerOptions;
  source: ResolvedSource;
  /** The hls.js instance attached, if any. */
  hls: HlsInstance | undefined;
  /** True while `video.src` is ours (native HLS or a progressive file). */
  native: boolean;
  /** Whether to play once media is attached: `autoplay`, then the last `play()`/`pause()`. */
  wantsPlay: boolean;
  /** Undone when the source changes or the player is destroyed (newest last). */
  cleanup: (() => void)[];
}

// Literal codes (type-checked against ErrorCode) keep the code table out of the 4 kB player bundle.
export const playbackError = (message: string, cause?: unknown) =>
  new VidkitError('playback_error', message, { cause });
export const unsupported = (what: string) =>
  new VidkitError('unsupported_environment', `${what} is not available here.`);

export const setStatus = ({ store }: PlayerContext, status: PlayerStatus, error?: VidkitError) =>
  store.update(error ? { status, error } : { status });

/** Adds `handler` for each space-separated event type; the removals go to `bucket`. */
export function listen(target: EventTarget, types: string, handler: () => void, bucket: (() => void)[]): void {
  for (const type of types.split(' ')) {
    target.addEventListener(type, handler);
    bucket.push(() => target.removeEventListener(type, handler));
  }
}

/** Drops the attached media (hls.js or our `src`), leaving the element empty. */
export function detachMedia(ctx: PlayerContext): void {
  ctx.hls?.destroy();
  ctx.hls = undefined;
  if (ctx.native) {
    ctx.native = false;
    ctx.video.removeAttribute('src');
    ctx.video.load();
  }
}
