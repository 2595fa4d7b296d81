import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { LiveStatusBadge, VideoPlayer, VidkitProvider, type VideoPlayerProps } from '@vidkit/react';
import {
  latestVideo,
  liveStream,
  privateVideo,
  providerSettings,
  usesSandbox,
  type PlaygroundVideo,
} from './playground.js';

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
  decorators: [
    (Story) => (
      <VidkitProvider {...providerSettings()}>
        <div style={{ maxWidth: 720 }}>
          <Story />
        </div>
      </VidkitProvider>
    ),
  ],
};
export default meta;

type Story = StoryObj<typeof VideoPlayer>;

/** A VOD: `videoId` from the controls, else the most recent video (upload one in the VideoUploader story first). */
export const Vod: Story = {
  render: (args) => <Vod_ {...args} />,
};

function Vod_(args: VideoPlayerProps) {
  const [latest, setLatest] = useState<PlaygroundVideo | null>();
  const [time, setTime] = useState(0);
  useEffect(() => {
    if (!args.videoId)
      latestVideo().then(
        (video) => setLatest(video ?? null),
        () => setLatest(null),
      );
  }, [args.videoId]);
  if (!args.videoId && latest === undefined) return <p>Looking for a video…</p>;
  if (!args.videoId && !latest) return <p>No video yet: upload one in the VideoUploader story, then come back.</p>;
  // The API object plays public and private videos alike (its asset URLs carry the token).
  const source = args.videoId
    ? { videoId: args.videoId }
    : latest!.assets?.hls
      ? { video: latest! }
      : { videoId: latest!.videoId };
  return (
    <>
      <VideoPlayer {...args} {...source} onTimeUpdate={setTime} />
      <p data-testid="current-time">
        <code>{args.videoId ?? latest!.videoId}</code> at {time.toFixed(1)} s
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
  const [source, setSource] = useState<Awaited<ReturnType<typeof privateVideo>> | null>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    privateVideo().then(
      (s) => setSource(s ?? null),
      (e: Error) => setError(e.message),
    );
  }, []);
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
  const [stream, setStream] = useState<{ liveStreamId: string; streamKey?: string }>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    liveStream().then(setStream, (e: Error) => setError(e.message));
  }, []);
  if (error) return <p role="alert">{error}</p>;
  if (!stream) return <p>Creating a live stream…</p>;
  return (
    <>
      <LiveStatusBadge liveStreamId={stream.liveStreamId} interval={2000} />
      <VideoPlayer {...args} liveStreamId={stream.liveStreamId} liveCheckInterval={2000} />
      {!usesSandbox && stream.streamKey && (
        <p>
          Go live: <code>pnpm --filter @vidkit/emulator push-live {stream.streamKey}</code>
        </p>
      )}
    </>
  );
}

/** Any HLS or mp4 URL. */
export const Src: Story = {
  args: { src: 'https://cdn.api.video/vod/vi4blUQJFrYWbaG44NChkH27/hls/manifest.m3u8' },
};
