'use client';
import { forwardRef, useImperativeHandle, type CSSProperties } from 'react';
import type { Player, PlayerSnapshot } from '@vidkit/core';
import { inlineStyles, parseAspectRatio, playerMessages, playerOverlayText } from '@vidkit/core/ui';
import { useVidkitConfig } from '../context.js';
import { usePlayer, type UsePlayerOptions } from '../hooks/use-player.js';

/** Props of {@link VideoPlayer}: one source (`videoId` | `liveStreamId` | `src` | `video`) plus options. */
export interface VideoPlayerProps extends UsePlayerOptions {
  /** Show the browser's controls. Default true. */
  controls?: boolean;
  /** Image shown before playback. */
  poster?: string;
  /**
   * Box ratio kept at any width: a positive number or `'W/H'` / `'W:H'` (CSS `aspect-ratio`). Default `16 / 9`.
   * Anything else throws an `OptionsError`.
   */
  aspectRatio?: number | string;
  /** Accessible name of the video. Default: the provider's `messages.playerTitle` ("Video player"). */
  title?: string;
  className?: string;
  style?: CSSProperties;
  onPlay?: () => void;
  onPause?: () => void;
  onEnded?: () => void;
  /** Called as playback advances, with the current time in seconds. */
  onTimeUpdate?: (currentTime: number) => void;
  /** Text over the player while a live stream is offline. Default: the provider's `messages.liveOffline`. */
  offlineText?: string;
}

/** What a `ref` on `<VideoPlayer>` gives: core's player controls (no-ops before mount), its snapshot and itself. */
export interface VideoPlayerHandle extends Pick<
  Player,
  'play' | 'pause' | 'seek' | 'setQuality' | 'setMuted' | 'setVolume' | 'requestFullscreen'
> {
  /** The current snapshot (status, currentTime, qualities…). */
  getSnapshot(): PlayerSnapshot | undefined;
  /** The core player, `null` before mount. */
  readonly player: Player | null;
}

/**
 * Plays an api.video VOD or live stream (or any HLS/mp4 URL). Keeps its aspect ratio at any width and never
 * collapses to 0×0; shows an offline state for live streams and starts by itself when they go live. Callbacks are
 * always the latest props; a `ref` gives `play`, `pause`, `seek`, `setQuality`…
 *
 * @example
 * <VideoPlayer videoId="vi4blUQJFrYWbaG44NChkH27" muted autoplay onEnded={() => setDone(true)} />
 */
const VideoPlayer = forwardRef<VideoPlayerHandle, VideoPlayerProps>(function VideoPlayer(props, handle) {
  const {
    controls = true,
    poster,
    aspectRatio = '16 / 9',
    title,
    className,
    style,
    offlineText,
    onPlay,
    onPause,
    onEnded,
    onTimeUpdate,
    ...options
  } = props;
  const { messages: overrides } = useVidkitConfig();
  const messages = playerMessages(offlineText === undefined ? overrides : { ...overrides, liveOffline: offlineText });
  // onError and onLiveChange go to core with the other options: core fires them, always the latest.
  const { ref, player, state } = usePlayer(options);

  useImperativeHandle(
    handle,
    () => ({
      play: () => player?.play() ?? Promise.resolve(),
      pause: () => player?.pause(),
      seek: (time) => player?.seek(time),
      setQuality: (quality) => player?.setQuality(quality),
      setMuted: (muted) => player?.setMuted(muted),
      setVolume: (volume) => player?.setVolume(volume),
      requestFullscreen: (element) => player?.requestFullscreen(element) ?? Promise.resolve(),
      getSnapshot: () => player?.getSnapshot(),
      player,
    }),
    [player],
  );

  const overlay = playerOverlayText(state, messages);
  const label = title ?? messages.playerTitle;
  return (
    <div
      className={['vidkit-player', className].filter(Boolean).join(' ')}
      data-status={state?.status ?? 'loading'}
      style={{ ...inlineStyles.player, aspectRatio: parseAspectRatio(aspectRatio), ...style }}
    >
      <video
        ref={ref}
        className="vidkit-player__video"
        title={label}
        aria-label={label}
        controls={controls}
        poster={poster}
        playsInline
        muted={props.muted}
        style={inlineStyles.video}
        onPlay={() => onPlay?.()}
        onPause={() => onPause?.()}
        onEnded={() => onEnded?.()}
        onTimeUpdate={(event) => onTimeUpdate?.(event.currentTarget.currentTime)}
      />
      {overlay !== undefined && (
        <div className="vidkit-player__overlay" role="status" style={inlineStyles.overlay}>
          <p>{overlay}</p>
        </div>
      )}
    </div>
  );
});

export default VideoPlayer;
