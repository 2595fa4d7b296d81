import { argsToTemplate, moduleMetadata, type Meta, type StoryObj } from '@storybook/angular-vite';
import { VideoPlayerComponent } from '@vidkit/angular';
import { latestVideo, liveStream, privateVideo } from './playground.js';

/**
 * `<vidkit-video-player>` plays an api.video VOD or live stream (or any HLS or mp4 URL), keeps its aspect ratio, shows
 * an offline state for a live stream and starts by itself when it goes live. Upload a video in the uploader story
 * first: these stories play the most recent one.
 */
const meta: Meta<VideoPlayerComponent> = {
  title: 'VideoPlayer',
  component: VideoPlayerComponent,
  // The package is compiled ahead of time (no decorator metadata at runtime): each story imports it and renders
  // its own template.
  decorators: [moduleMetadata({ imports: [VideoPlayerComponent] })],
  render: (args) => ({ props: args, template: `<vidkit-video-player ${argsToTemplate(args)} />` }),
  args: { muted: true, controls: true, aspectRatio: '16 / 9' },
  argTypes: { aspectRatio: { control: 'text' }, liveCheckInterval: { control: 'number' } },
};
export default meta;

type Story = StoryObj<VideoPlayerComponent>;

/** The most recent video in the emulator (public). */
export const Emulator: Story = {
  loaders: [async () => ({ video: await latestVideo() })],
  render: (args, { loaded }) => ({
    props: { ...args, video: loaded['video'] },
    template: `
      @if (video) {
        <vidkit-video-player [videoId]="video.videoId" [muted]="muted" [controls]="controls" [aspectRatio]="aspectRatio" />
        <p>Video <code data-testid="video-id">{{ video.videoId }}</code></p>
      } @else {
        <p>No video yet: upload one in the VideoUploader story.</p>
      }
    `,
  }),
};

/** The same video made private: the player reads the token from its asset URL. */
export const Private: Story = {
  loaders: [async () => ({ video: await privateVideo() })],
  render: (args, { loaded }) => ({
    props: { ...args, video: loaded['video'] },
    template: `
      @if (video) {
        <vidkit-video-player [videoId]="video.videoId" [token]="video.token" [video]="video.video" [muted]="muted" />
      } @else {
        <p>No video yet: upload one in the VideoUploader story.</p>
      }
    `,
  }),
};

/** A live stream: offline until a publisher connects, then it plays by itself. */
export const LiveOffline: Story = {
  loaders: [async () => ({ stream: await liveStream() })],
  render: (args, { loaded }) => ({
    props: { ...args, stream: loaded['stream'] },
    template: `<vidkit-video-player [liveStreamId]="stream.liveStreamId" [muted]="muted" [liveCheckInterval]="2000" autoplay />`,
  }),
};

/** Any HLS or mp4 URL. */
export const Url: Story = { args: { src: 'https://vod.api.video/vod/vi4blUQJFrYWbaG44NChkH27/hls/manifest.m3u8' } };
