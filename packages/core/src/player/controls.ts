import { unsupported, type PlayerContext } from './context.js';
import type { Player } from './types.js';

/** The player's commands, acting on the element (and on hls.js for quality). */
export function playerControls(
  ctx: PlayerContext,
): Omit<Player, 'subscribe' | 'getSnapshot' | 'setOptions' | 'destroy'> {
  const { video } = ctx;
  return {
    play() {
      ctx.wantsPlay = true;
      return video.play();
    },
    pause() {
      ctx.wantsPlay = false;
      video.pause();
    },
    seek(time) {
      video.currentTime = time;
    },
    setQuality(quality) {
      ctx.store.update({ quality });
      const { hls } = ctx;
      if (!hls) return;
      const index = quality === 'auto' ? -1 : hls.levels.findIndex((level) => level.height === quality);
      if (quality === 'auto' || index >= 0) hls.currentLevel = index;
    },
    setMuted(value) {
      video.muted = value;
    },
    setVolume(volume) {
      video.volume = Math.min(1, Math.max(0, volume));
    },
    setRate(rate) {
      video.playbackRate = rate;
    },
    async requestFullscreen(element = video) {
      // iOS Safari has fullscreen only for <video>, under its own name.
      const legacy = (element as { webkitEnterFullscreen?: () => void }).webkitEnterFullscreen;
      if (element.requestFullscreen) await element.requestFullscreen();
      else if (legacy) legacy.call(element);
      else throw unsupported('Fullscreen');
    },
    async requestPictureInPicture() {
      if (!video.requestPictureInPicture) throw unsupported('Picture-in-picture');
      await video.requestPictureInPicture();
    },
  };
}
