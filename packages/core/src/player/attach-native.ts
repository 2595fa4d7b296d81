import type { PlayerContext } from './context.js';

/** Lets the browser load `url` itself (native HLS on Safari, or a progressive file). */
export function attachNative(ctx: PlayerContext, url: string): void {
  const { video } = ctx;
  const { startAt } = ctx.options;
  ctx.native = true;
  video.src = url;
  if (startAt) {
    const seekOnce = () => (video.currentTime = startAt);
    video.addEventListener('loadedmetadata', seekOnce, { once: true });
    ctx.cleanup.push(() => video.removeEventListener('loadedmetadata', seekOnce));
  }
}
