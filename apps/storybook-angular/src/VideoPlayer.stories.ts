import { signal } from '@angular/core';
import { argsToTemplate, moduleMetadata, type Meta, type StoryObj } from '@storybook/angular-vite';
import { LiveStatusBadgeComponent, VideoPlayerComponent } from '@vidkit/angular';
import { latestVideo, liveStream, privateVideo } from './playground.js';
import { pushCommand, pushTemplate } from './push-command.js';

/**
 * `<vidkit-video-player>` plays an api.video VOD or live stream (or any HLS or mp4 URL), keeps its aspect ratio,
 * shows an offline state for a live stream and starts by itself when it goes live. The parent reaches
 * `play()`/`pause()`/`seek()`/`setQuality()` through `viewChild(VideoPlayerComponent)`.
 */
const meta: Meta<VideoPlayerComponent> = {
  title: 'VideoPlayer',
  component: VideoPlayerComponent,
  // The package is compiled ahead of time (no decorator metadata at runtime): each story imports it and renders
  // its own template.
  decorators: [moduleMetadata({ imports: [VideoPlayerComponent, LiveStatusBadgeComponent] })],
  render: (args) => ({ props: args, template: `<vidkit-video-player ${argsToTemplate(args)} />` }),
  args: { muted: true, autoplay: true, controls: true, loop: false },
  argTypes: {
    videoId: { control: 'text' },
    liveStreamId: { control: 'text' },
    src: { control: 'text' },
    token: { control: 'text' },
    aspectRatio: { control: 'text' },
    liveCheckInterval: { control: 'number' },
    // `BooleanInput` also takes the bare attribute (`muted`); a switch is what a reader wants here.
    autoplay: { control: 'boolean' },
    muted: { control: 'boolean' },
    loop: { control: 'boolean' },
    controls: { control: 'boolean' },
    // Read-only signals for the parent (through `viewChild`), not inputs; functions have no control.
    player: { control: false },
    state: { control: false },
    loadHls: { control: false },
    // The `play` and `pause` outputs share their names with the methods: the table lists the outputs under these
    // keys, the methods are in the description above.
    play: {
      action: 'play',
      description: 'Playback started.',
      table: { category: 'outputs', type: { summary: 'void' } },
    },
    pause: {
      action: 'pause',
      description: 'Playback paused.',
      table: { category: 'outputs', type: { summary: 'void' } },
    },
  },
};
export default meta;

type Story = StoryObj<VideoPlayerComponent>;

const NO_VIDEO = `<p>No video yet: upload one in the VideoUploader story, then come back.</p>`;

/** A VOD: `videoId` from the controls, else the most recent video (upload one in the VideoUploader story first). */
export const Vod: Story = {
  loaders: [
    async ({ args }) => ({ video: args.videoId ? { videoId: args.videoId } : ((await latestVideo()) ?? null) }),
  ],
  render: (args, { loaded }) => {
    const video = loaded['video'] as Awaited<ReturnType<typeof latestVideo>> | null;
    return {
      // The API object plays public and private videos alike (its asset URLs carry the token).
      props: { ...args, video, time: signal(0) },
      template: video
        ? `
          <div style="max-width: 720px">
            @if (video.assets?.hls) {
              <vidkit-video-player [video]="video" [muted]="muted" [autoplay]="autoplay" [controls]="controls" [loop]="loop" (timeUpdate)="time.set($event)" />
            } @else {
              <vidkit-video-player [videoId]="video.videoId" [muted]="muted" [autoplay]="autoplay" [controls]="controls" [loop]="loop" (timeUpdate)="time.set($event)" />
            }
            <p data-testid="current-time"><code>{{ video.videoId }}</code> at {{ time().toFixed(1) }} s</p>
          </div>`
        : NO_VIDEO,
    };
  },
};

/** A private video: this story makes the most recent video private, then plays it through the token in its URLs. */
export const Private: Story = {
  loaders: [async () => ({ source: (await privateVideo()) ?? null })],
  render: (args, { loaded }) => {
    const source = loaded['source'] as Awaited<ReturnType<typeof privateVideo>> | null;
    return {
      props: { ...args, source },
      template: source
        ? `
          @if (source.video) {
            <vidkit-video-player [video]="source.video" [muted]="muted" [autoplay]="autoplay" />
          } @else {
            <vidkit-video-player [videoId]="source.videoId" [token]="source.token" [muted]="muted" [autoplay]="autoplay" />
          }`
        : NO_VIDEO,
    };
  },
};

/** A live stream nobody broadcasts to: the offline state, re-checked in the background. */
export const LiveOffline: Story = { args: { liveStreamId: 'li00000000000000000000' } };

/** A new live stream in the emulator: run the command shown and the player starts by itself. */
export const Live: Story = {
  loaders: [async () => ({ stream: await liveStream() })],
  render: (args, { loaded }) => {
    const stream = loaded['stream'] as Awaited<ReturnType<typeof liveStream>>;
    return {
      props: { ...args, stream, push: pushCommand(stream.streamKey) },
      template: `
        <vidkit-live-status-badge [liveStreamId]="stream.liveStreamId" [interval]="2000" />
        <vidkit-video-player [liveStreamId]="stream.liveStreamId" [liveCheckInterval]="2000" [muted]="muted" autoplay />
        ${pushTemplate}
      `,
    };
  },
};

/** Any HLS or mp4 URL. */
export const Src: Story = { args: { src: 'https://cdn.api.video/vod/vi4blUQJFrYWbaG44NChkH27/hls/manifest.m3u8' } };
