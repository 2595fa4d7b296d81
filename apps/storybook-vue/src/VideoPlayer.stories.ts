import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { h, ref } from 'vue';
import { LiveStatusBadge, VideoPlayer } from '@vidkit/vue';
import { latestVideo, liveStream, privateVideo } from './playground.js';
import { pushCommand } from './push-command.js';

/**
 * `<VideoPlayer>` plays an api.video VOD (`video-id`), a live stream (`live-stream-id`), a Video object (`video`) or
 * any HLS/mp4 URL (`src`). It keeps its aspect ratio, shows an offline state for live streams and starts by itself
 * when they go live. hls.js is loaded only where the browser lacks native HLS.
 */
const meta: Meta<typeof VideoPlayer> = {
  title: 'VideoPlayer',
  component: VideoPlayer,
  args: { muted: true, autoplay: true, controls: true, loop: false },
  argTypes: {
    videoId: { control: 'text' },
    liveStreamId: { control: 'text' },
    src: { control: 'text' },
    token: { control: 'text' },
    aspectRatio: { control: 'text' },
  },
  decorators: [(story) => ({ setup: () => () => h('div', { style: { maxWidth: '720px' } }, [h(story())]) })],
};
export default meta;

type Story = StoryObj<typeof VideoPlayer>;

const message = (text: string, alert = false) => h('p', alert ? { role: 'alert' } : {}, text);
const NO_VIDEO = 'No video yet: upload one in the VideoUploader story, then come back.';

/** A VOD: `video-id` from the controls, else the most recent video (upload one in the VideoUploader story first). */
export const Vod: Story = {
  loaders: [
    async ({ args }) => ({ video: args.videoId ? { videoId: args.videoId } : ((await latestVideo()) ?? null) }),
  ],
  render: (args, { loaded }) => ({
    setup() {
      const time = ref(0);
      const video = loaded.video as Awaited<ReturnType<typeof latestVideo>> | null;
      return () => {
        if (!video) return message(NO_VIDEO);
        // The API object plays public and private videos alike (its asset URLs carry the token).
        const source = video.assets?.hls ? { video } : { videoId: video.videoId };
        return h('div', [
          h(VideoPlayer, { ...args, ...source, onTimeUpdate: (t: number) => (time.value = t) }),
          h('p', { 'data-testid': 'current-time' }, [h('code', video.videoId), ` at ${time.value.toFixed(1)} s`]),
        ]);
      };
    },
  }),
};

/**
 * A private video plays through one token: the player opens a session with the token in the asset URL, so the
 * manifest and every segment load with it. This story makes the most recent video private first.
 */
export const Private: Story = {
  loaders: [async () => ({ source: (await privateVideo()) ?? null })],
  render: (args, { loaded }) => ({
    setup() {
      const source = loaded.source as Awaited<ReturnType<typeof privateVideo>> | null;
      return () => {
        if (!source) return message(NO_VIDEO);
        return source.video
          ? h(VideoPlayer, { ...args, video: source.video })
          : h(VideoPlayer, { ...args, videoId: source.videoId, token: source.token });
      };
    },
  }),
};

/** A live stream nobody broadcasts to: the offline state, re-checked in the background. */
export const LiveOffline: Story = {
  args: { liveStreamId: 'li00000000000000000000' },
};

/** A new live stream in the emulator: run the command shown and the player starts by itself. */
export const Live: Story = {
  loaders: [async () => ({ stream: await liveStream() })],
  render: (args, { loaded }) => ({
    setup() {
      const stream = loaded.stream as Awaited<ReturnType<typeof liveStream>>;
      return () =>
        h('div', [
          h(LiveStatusBadge, { liveStreamId: stream.liveStreamId, interval: 2000 }),
          h(VideoPlayer, { ...args, liveStreamId: stream.liveStreamId, liveCheckInterval: 2000 }),
          pushCommand(stream.streamKey),
        ]);
    },
  }),
};

/** Any HLS or mp4 URL. */
export const Src: Story = {
  args: { src: 'https://cdn.api.video/vod/vi4blUQJFrYWbaG44NChkH27/hls/manifest.m3u8' },
};
