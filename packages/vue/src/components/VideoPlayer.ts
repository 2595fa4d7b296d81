import { defineComponent, h, shallowRef, type PropType } from 'vue';
import type {
  CaptionTrack,
  ChapterTrack,
  HlsLoader,
  PlayableObject,
  Player,
  PlayerSnapshot,
  PlayerStatus,
  VideoStatusFetcher,
  VidkitError,
} from '@vidkit/core';
import { inlineStyles, parseAspectRatio, playerMessages, playerOverlayText } from '@vidkit/core/ui';
import { useVidkitConfig } from '../config.js';
import { usePlayer } from '../composables/use-player.js';

/** What a template ref on `<VideoPlayer>` gives (`ref<VideoPlayerHandle>()`). */
export interface VideoPlayerHandle {
  play(): Promise<void>;
  pause(): void;
  /** Jumps to `time` seconds. */
  seek(time: number): void;
  /** A rendition height, or `'auto'`. */
  setQuality(quality: 'auto' | number): void;
  setMuted(muted: boolean): void;
  setVolume(volume: number): void;
  requestFullscreen(): Promise<void>;
  /** The current snapshot (status, currentTime, qualities…). */
  getSnapshot(): PlayerSnapshot | undefined;
  /** The core player, `null` before mount. */
  readonly player: Player | null;
}

// `undefined` unless set: an unset boolean prop leaves the player's default (Vue would make it `false`).
const optionalBoolean = { type: Boolean, default: undefined } as const;

/** Runtime props of {@link VideoPlayer}: one source (`videoId` | `liveStreamId` | `src` | `video`) plus options. */
export const videoPlayerProps = {
  videoId: String,
  liveStreamId: String,
  /** Any HLS or mp4 URL. */
  src: String,
  /** An API object (a Video or LiveStream). */
  video: Object as PropType<PlayableObject>,
  /** A private video's token. */
  token: String,
  /** Delivery root; default the provided config's. */
  deliveryBaseUrl: String,
  captions: Array as PropType<readonly CaptionTrack[]>,
  chapters: Array as PropType<readonly ChapterTrack[]>,
  autoplay: optionalBoolean,
  muted: optionalBoolean,
  loop: optionalBoolean,
  /** Position in seconds to start a VOD at. */
  startAt: Number,
  /** hls.js configuration. */
  hls: Object as PropType<Record<string, unknown>>,
  /** Loads hls.js where needed, e.g. `loadHlsLight` (hls.js's light build). */
  loadHls: Function as PropType<HlsLoader>,
  /** Longest wait in ms between checks of an offline live stream. */
  liveCheckInterval: Number,
  /**
   * Your status source (e.g. your backend proxying `GET /videos/{id}/status`): with it, a video whose encoding
   * failed shows "could not be processed" instead of waiting as `processing`.
   */
  getVideoStatus: Function as PropType<VideoStatusFetcher>,
  /** `false`: send no playback reports to api.video's analytics. Default on for api.video sources. */
  analytics: optionalBoolean,
  /** Where playback reports go (`{collectorUrl}/watch`); default the provided config's, else `deliveryBaseUrl`. */
  collectorUrl: String,
  /** Show the browser's controls. */
  controls: { type: Boolean, default: true },
  /** Image shown before playback. */
  poster: String,
  /** Box ratio kept at any width: a positive number or `'W/H'` / `'W:H'`. Anything else throws `OptionsError`. */
  aspectRatio: { type: [Number, String] as PropType<number | string>, default: '16 / 9' },
  /** Accessible name of the video. Default: the provided `messages.playerTitle` ("Video player"). */
  title: String,
  /** Text over the player while a live stream is offline. Default: the provided `messages.liveOffline`. */
  offlineText: String,
} as const;

const PLAYER_OPTIONS = [
  'videoId',
  'liveStreamId',
  'src',
  'video',
  'token',
  'deliveryBaseUrl',
  'captions',
  'chapters',
  'autoplay',
  'muted',
  'loop',
  'startAt',
  'hls',
  'loadHls',
  'liveCheckInterval',
  'getVideoStatus',
  'analytics',
  'collectorUrl',
] as const satisfies readonly (keyof typeof videoPlayerProps)[];

/**
 * Plays an api.video VOD or live stream (or any HLS/mp4 URL). Keeps its aspect ratio at any width and never
 * collapses to 0×0; shows an offline state for live streams and starts by itself when they go live. A template ref
 * gives `play`, `pause`, `seek`, `setQuality`… ({@link VideoPlayerHandle}).
 *
 * @example
 * <VideoPlayer ref="player" video-id="vi4blUQJFrYWbaG44NChkH27" muted autoplay @ended="done = true" />
 */
// Pure: a bundler drops a component the app does not import (Vue is external, so its own annotation is not seen).
export const VideoPlayer = /* @__PURE__ */ defineComponent({
  name: 'VideoPlayer',
  props: videoPlayerProps,
  emits: {
    play: () => true,
    pause: () => true,
    ended: () => true,
    /** Playback advanced: the current time in seconds. */
    'time-update': (_currentTime: number) => true,
    error: (_error: VidkitError) => true,
    /** A live stream went live (`true`) or offline (`false`). */
    'live-change': (_live: boolean) => true,
    /** The player's status changed (`processing` while the video encodes, `playing`, …). */
    'status-change': (_status: PlayerStatus) => true,
  },
  setup(props, { emit, expose }) {
    const config = useVidkitConfig();
    const element = shallowRef<HTMLVideoElement>();
    const reportError = (error: VidkitError) => emit('error', error);
    const reportLive = (live: boolean) => emit('live-change', live);
    const reportStatus = (status: PlayerStatus) => emit('status-change', status);
    const { player, state } = usePlayer(element, () => {
      const options: Record<string, unknown> = {};
      for (const key of PLAYER_OPTIONS) if (props[key] !== undefined) options[key] = props[key];
      // Core fires these from its snapshot, once per change; `emit` reaches the listeners of the moment.
      return { ...options, onError: reportError, onLiveChange: reportLive, onStatusChange: reportStatus };
    });

    const handle: VideoPlayerHandle = {
      play: () => player.value?.play() ?? Promise.resolve(),
      pause: () => player.value?.pause(),
      seek: (time) => player.value?.seek(time),
      setQuality: (quality) => player.value?.setQuality(quality),
      setMuted: (muted) => player.value?.setMuted(muted),
      setVolume: (volume) => player.value?.setVolume(volume),
      requestFullscreen: () => player.value?.requestFullscreen() ?? Promise.resolve(),
      getSnapshot: () => player.value?.getSnapshot(),
      get player() {
        return player.value;
      },
    };
    expose(handle);

    return () => {
      const { messages } = config.value;
      const texts = playerMessages(
        props.offlineText === undefined ? messages : { ...messages, liveOffline: props.offlineText },
      );
      const overlay = playerOverlayText(state.value, texts);
      const label = props.title ?? texts.playerTitle;
      return h(
        'div',
        {
          class: 'vidkit-player',
          'data-status': state.value?.status ?? 'loading',
          style: { ...inlineStyles.player, aspectRatio: parseAspectRatio(props.aspectRatio) },
        },
        [
          h('video', {
            ref: element,
            class: 'vidkit-player__video',
            title: label,
            'aria-label': label,
            controls: props.controls,
            poster: props.poster,
            playsinline: true,
            muted: props.muted,
            style: inlineStyles.video,
            onPlay: () => emit('play'),
            onPause: () => emit('pause'),
            onEnded: () => emit('ended'),
            onTimeupdate: (event: Event) => emit('time-update', (event.currentTarget as HTMLVideoElement).currentTime),
          }),
          overlay !== undefined &&
            h('div', { class: 'vidkit-player__overlay', role: 'status', style: inlineStyles.overlay }, [
              h('p', overlay),
            ]),
        ],
      );
    };
  },
});
