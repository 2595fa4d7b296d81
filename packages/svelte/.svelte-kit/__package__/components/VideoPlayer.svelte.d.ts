import type { PlayerOptions, VidkitError } from '@vidkit/core';
/** Props of `<VideoPlayer>`: one source (`videoId` | `liveStreamId` | `src` | `video`) plus options. */
interface Props extends Omit<PlayerOptions, 'onError' | 'onLiveChange'> {
  /** Show the browser's controls. Default true. */
  controls?: boolean;
  /** Image shown before playback. */
  poster?: string;
  /**
   * Box ratio kept at any width: a positive number or `'W/H'` / `'W:H'` (CSS `aspect-ratio`). Default `16 / 9`.
   * Anything else throws an `OptionsError`.
   */
  aspectRatio?: number | string;
  /** Accessible name of the video. Default: the context's `messages.playerTitle` ("Video player"). */
  title?: string;
  class?: string;
  /** Extra inline style on the root (a `style` attribute's text). */
  style?: string;
  /** Text over the player while a live stream is offline. Default: the context's `messages.liveOffline`. */
  offlineText?: string;
  onplay?: () => void;
  onpause?: () => void;
  onended?: () => void;
  /** Called as playback advances, with the current time in seconds. */
  ontimeupdate?: (currentTime: number) => void;
  /** Called when a live stream goes live (`true`) or offline (`false`). */
  onlivechange?: (live: boolean) => void;
  /** Called when playback fails (the player shows its error state). */
  onerror?: (error: VidkitError) => void;
}
/**
 * Plays an api.video VOD or live stream (or any HLS/mp4 URL). Keeps its aspect ratio at any width and never collapses
 * to 0×0; shows an offline state for live streams and starts by itself when they go live. `bind:this` gives `play`,
 * `pause`, `seek`, `setQuality`…
 *
 * ```svelte
 * <VideoPlayer bind:this={video} videoId="vi4blUQJFrYWbaG44NChkH27" muted autoplay onended={() => (done = true)} />
 * ```
 */
declare const VideoPlayer: import('svelte').Component<
  Props,
  {
    play: () => Promise<void>;
    pause: () => void;
    seek: (time: number) => void;
    setQuality: (quality: 'auto' | number) => void;
    setMuted: (muted: boolean) => void;
    setVolume: (volume: number) => void;
    requestFullscreen: () => Promise<void>;
    getPlayer: () => import('@vidkit/core').Player | null;
  },
  ''
>;
type VideoPlayer = ReturnType<typeof VideoPlayer>;
export default VideoPlayer;
//# sourceMappingURL=VideoPlayer.svelte.d.ts.map
