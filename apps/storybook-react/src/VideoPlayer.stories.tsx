import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { LiveStatusBadge, VideoPlayer, type VideoPlayerProps } from '@vidkit/react';
import { latestVideo, liveStream, privateVideo } from './playground.js';
import { PushCommand } from './PushCommand.js';
import { useLoad } from './use-load.js';
import { withProvider } from './with-provider.js';

/**
 * `<VideoPlayer>` plays an api.video VOD (`videoId`), a live stream (`liveStreamId`), a Video object (`video`) or any
 * HLS/mp4 URL (`src`). It keeps its aspect ratio, shows an offline state for live streams and starts by itself when
 * they go live. hls.js is loaded only where the browser lacks native HLS.
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
  decorators: [withProvider(720)],
};
export default meta;

type Story = StoryObj<typeof VideoPlayer>;

/** A VOD: `videoId` from the controls, else the most recent video (upload one in the VideoUploader story first). */
export const Vod: Story = {
  render: (args) => <Vod_ {...args} />,
};

function Vod_(args: VideoPlayerProps) {
  const [time, setTime] = useState(0);
  const { value: video, error } = useLoad(
    async () => (args.videoId ? { videoId: args.videoId } : ((await latestVideo()) ?? null)),
    args.videoId,
  );
  if (error) return <p role="alert">{error}</p>;
  if (video === undefined) return <p>Looking for a video…</p>;
  if (video === null) return <p>No video yet: upload one in the VideoUploader story, then come back.</p>;
  // The API object plays public and private videos alike (its asset URLs carry the token).
  const source = video.assets?.hls ? { video } : { videoId: video.videoId };
  return (
    <>
      <VideoPlayer {...args} {...source} onTimeUpdate={setTime} />
      <p data-testid="current-time">
        <code>{video.videoId}</code> at {time.toFixed(1)} s
      </p>
    </>
  );
}

/**
 * A private video plays through one token: the player opens a session with the token in the asset URL, so the
 * manifest and every segment load with it. This story makes the most recent video private first.
 */
export const Private: Story = {
  render: (args) => <Private_ {...args} />,
};

function Private_(args: VideoPlayerProps) {
  const { value: source, error } = useLoad(async () => (await privateVideo()) ?? null);
  if (error) return <p role="alert">{error}</p>;
  if (source === undefined) return <p>Preparing a private video…</p>;
  if (source === null) return <p>No video yet: upload one in the VideoUploader story, then come back.</p>;
  return source.video ? (
    <VideoPlayer {...args} video={source.video} />
  ) : (
    <VideoPlayer {...args} videoId={source.videoId} token={source.token} />
  );
}

/** A live stream nobody broadcasts to: the offline state, re-checked in the background. */
export const LiveOffline: Story = {
  args: { liveStreamId: 'li00000000000000000000' },
};

/** A new live stream in the emulator: run the command shown and the player starts by itself. */
export const Live: Story = {
  render: (args) => <Live_ {...args} />,
};

function Live_(args: VideoPlayerProps) {
  const { value: stream, error } = useLoad(liveStream);
  if (error) return <p role="alert">{error}</p>;
  if (!stream) return <p>Creating a live stream…</p>;
  return (
    <>
      <LiveStatusBadge liveStreamId={stream.liveStreamId} interval={2000} />
      <VideoPlayer {...args} liveStreamId={stream.liveStreamId} liveCheckInterval={2000} />
      <PushCommand streamKey={stream.streamKey} />
    </>
  );
}

/** Any HLS or mp4 URL. */
export const Src: Story = {
  args: { src: 'https://cdn.api.video/vod/vi4blUQJFrYWbaG44NChkH27/hls/manifest.m3u8' },
};
