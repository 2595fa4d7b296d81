import type { ElementRef } from '@angular/core';
import { ChangeDetectionStrategy, Component, computed, input, output, viewChild } from '@angular/core';
import type {
  HlsLoader,
  PlayerSnapshot,
  PlayerStatus,
  PlayableObject,
  VideoStatusFetcher,
  VidkitError,
} from '@vidkit/core';
import { inlineStyles, parseAspectRatio, playerMessages, playerOverlayText, styleText } from '@vidkit/core/ui';
import { injectVidkitConfig } from '../config.js';
import { optionalBoolean, type BooleanInput } from './boolean-input.js';
import { injectPlayer } from '../inject/inject-player.js';

/**
 * Plays an api.video VOD or live stream (or any HLS/mp4 URL). Keeps its aspect ratio at any width and never
 * collapses to 0×0; shows an offline state for live streams and starts by itself when they go live. Through
 * `viewChild(VideoPlayerComponent)` it gives `play`, `pause`, `seek`, `setQuality`…
 *
 * @example
 * <vidkit-video-player [videoId]="videoId" muted autoplay (ended)="done.set(true)" />
 */
@Component({
  selector: 'vidkit-video-player',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: block' },
  template: `
    <div
      [class]="'vidkit-player ' + (className() ?? '')"
      [attr.data-status]="state()?.status ?? 'loading'"
      [style]="rootStyle()"
    >
      <video
        #video
        class="vidkit-player__video"
        [attr.title]="label()"
        [attr.aria-label]="label()"
        [attr.controls]="controls() === false ? null : ''"
        [attr.poster]="poster() ?? null"
        playsinline
        [attr.muted]="muted() ? '' : null"
        [style]="videoStyle"
        (play)="played.emit()"
        (pause)="paused.emit()"
        (ended)="ended.emit()"
        (timeupdate)="timeUpdate.emit(video.currentTime)"
      ></video>
      @if (overlay(); as text) {
        <div class="vidkit-player__overlay" role="status" [style]="overlayStyle">
          <p>{{ text }}</p>
        </div>
      }
    </div>
  `,
})
export class VideoPlayerComponent {
  /** An api.video video id (VOD). */
  readonly videoId = input<string>();
  /** An api.video live stream id. */
  readonly liveStreamId = input<string>();
  /** Any HLS or mp4 URL. */
  readonly src = input<string>();
  /** An api.video Video object (its `assets.hls`). */
  readonly video = input<PlayableObject>();
  /** A private video's token. */
  readonly token = input<string>();
  /** Delivery root; default `provideVidkit`'s. */
  readonly deliveryBaseUrl = input<string>();
  /** Loads hls.js when needed; default `provideVidkit`'s, else `import('hls.js')`. */
  readonly loadHls = input<HlsLoader>();
  /** Start playing as soon as possible (and when a live stream goes live), where the browser's policy allows. */
  readonly autoplay = input<boolean | undefined, BooleanInput>(undefined, { transform: optionalBoolean });
  /** Mute the video; a change applies at once. */
  readonly muted = input<boolean | undefined, BooleanInput>(undefined, { transform: optionalBoolean });
  /** Play a VOD again from the start when it ends; a change applies at once. */
  readonly loop = input<boolean | undefined, BooleanInput>(undefined, { transform: optionalBoolean });
  /** Position in seconds to start a VOD at. */
  readonly startAt = input<number>();
  /** Milliseconds between checks of an offline live stream. */
  readonly liveCheckInterval = input<number>();
  /** hls.js configuration, merged over the player's. */
  readonly hls = input<Record<string, unknown>>();
  /**
   * Your status source (e.g. your backend proxying `GET /videos/{id}/status`): with it, a video whose encoding
   * failed shows "could not be processed" instead of waiting as `processing`.
   */
  readonly getVideoStatus = input<VideoStatusFetcher>();
  /** `false`: send no playback reports to api.video's analytics. Default on for api.video sources. */
  readonly analytics = input<boolean | undefined, BooleanInput>(undefined, { transform: optionalBoolean });
  /** Where playback reports go (`{collectorUrl}/watch`); default `provideVidkit`'s, else `deliveryBaseUrl`. */
  readonly collectorUrl = input<string>();
  /** Show the browser's controls. Default true. */
  readonly controls = input<boolean | undefined, BooleanInput>(undefined, { transform: optionalBoolean });
  /** Image shown before playback. */
  readonly poster = input<string>();
  /** Box ratio kept at any width: a positive number or `'W/H'` / `'W:H'`. Default `16 / 9`. */
  readonly aspectRatio = input<number | string>();
  /** Accessible name of the video. Default: `messages.playerTitle`. */
  readonly title = input<string>();
  /** Extra class names on the root. */
  readonly className = input<string>();
  /** Text over the player while a live stream is offline. Default: `messages.liveOffline`. */
  readonly offlineText = input<string>();

  /** Playback started. */
  readonly played = output<void>({ alias: 'play' });
  /** Playback paused. */
  readonly paused = output<void>({ alias: 'pause' });
  /** Playback reached the end. */
  readonly ended = output<void>();
  /** Playback advanced: the current time in seconds. */
  readonly timeUpdate = output<number>();
  /** The player failed (a core `VidkitError`). */
  readonly error = output<VidkitError>();
  /** A live stream went live (`true`) or offline (`false`). */
  readonly liveChange = output<boolean>();
  /** The player's status changed (`processing` while the video encodes, `playing`, …). */
  readonly statusChange = output<PlayerStatus>();

  private readonly config = injectVidkitConfig();
  private readonly element = viewChild.required<ElementRef<HTMLVideoElement>>('video');
  private readonly bridge = injectPlayer(this.element, () => ({
    videoId: this.videoId(),
    liveStreamId: this.liveStreamId(),
    src: this.src(),
    video: this.video(),
    token: this.token(),
    deliveryBaseUrl: this.deliveryBaseUrl(),
    loadHls: this.loadHls(),
    autoplay: this.autoplay(),
    muted: this.muted(),
    loop: this.loop(),
    startAt: this.startAt(),
    liveCheckInterval: this.liveCheckInterval(),
    hls: this.hls(),
    getVideoStatus: this.getVideoStatus(),
    analytics: this.analytics(),
    collectorUrl: this.collectorUrl(),
    // Core fires these, always with the current outputs.
    onError: (error: VidkitError) => this.error.emit(error),
    onLiveChange: (live: boolean) => this.liveChange.emit(live),
    onStatusChange: (status: PlayerStatus) => this.statusChange.emit(status),
  }));

  /** The player's snapshot (status, currentTime, qualities…), `undefined` before the player exists. */
  readonly state = this.bridge.state;
  /** The core player, `null` before the `<video>` is rendered and during server rendering. */
  readonly player = this.bridge.player;

  private readonly messages = computed(() => {
    const overrides = this.config.messages;
    const offline = this.offlineText();
    return playerMessages(offline === undefined ? overrides : { ...overrides, liveOffline: offline });
  });
  /** @internal */
  protected readonly overlay = computed(() => playerOverlayText(this.state(), this.messages()));
  /** @internal */
  protected readonly label = computed(() => this.title() ?? this.messages().playerTitle);
  /** @internal */
  protected readonly rootStyle = computed(() =>
    styleText({ ...inlineStyles.player, aspectRatio: parseAspectRatio(this.aspectRatio() ?? '16 / 9') }),
  );
  /** @internal */
  protected readonly videoStyle = styleText(inlineStyles.video);
  /** @internal */
  protected readonly overlayStyle = styleText(inlineStyles.overlay);

  /** Starts playback (resolves once it plays, or at once before the player exists). */
  play(): Promise<void> {
    return this.player()?.play() ?? Promise.resolve();
  }
  /** Pauses playback. */
  pause(): void {
    this.player()?.pause();
  }
  /** Jumps to `time` seconds. */
  seek(time: number): void {
    this.player()?.seek(time);
  }
  /** A rendition height, or `'auto'`. */
  setQuality(quality: 'auto' | number): void {
    this.player()?.setQuality(quality);
  }
  /** Mutes or unmutes. */
  setMuted(muted: boolean): void {
    this.player()?.setMuted(muted);
  }
  /** Sets the volume, from 0 to 1. */
  setVolume(volume: number): void {
    this.player()?.setVolume(volume);
  }
  /** Shows the player full screen (resolves once it is, or at once before the player exists). */
  requestFullscreen(): Promise<void> {
    return this.player()?.requestFullscreen() ?? Promise.resolve();
  }
  /** The current snapshot. */
  getSnapshot(): PlayerSnapshot | undefined {
    return this.player()?.getSnapshot();
  }
}
