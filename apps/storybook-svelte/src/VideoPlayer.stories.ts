import type { Meta, StoryObj } from '@storybook/svelte-vite';
import { VideoPlayer } from '@vidkit/svelte';
import LiveStory from './LiveStory.svelte';
import PrivateStory from './PrivateStory.svelte';
import VodStory from './VodStory.svelte';
import WithProvider from './WithProvider.svelte';

/**
 * `<VideoPlayer>` plays an api.video VOD (`videoId`), a live stream (`liveStreamId`), a Video object (`video`) or any
 * HLS/mp4 URL (`src`). It keeps its aspect ratio, shows an offline state for live streams and starts by itself when
 * they go live. `bind:this` gives `play`, `pause`, `seek`, `setQuality`.
 */
const meta = {
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
  decorators: [() => ({ Component: WithProvider, props: { maxWidth: 720 } })],
} satisfies Meta<typeof VideoPlayer>;
export default meta;

type Story = StoryObj<typeof meta>;

/** A VOD: `videoId` from the controls, else the most recent video (upload one in the VideoUploader story first). */
export const Vod: StoryObj = {
  render: (args) => ({ Component: VodStory, props: args }),
};

/** A private video, played through its token (the most recent video, made private first). */
export const Private: StoryObj = {
  render: (args) => ({ Component: PrivateStory, props: args }),
};

/** A live stream nobody broadcasts to: the offline state, re-checked in the background. */
export const LiveOffline: Story = { args: { liveStreamId: 'li00000000000000000000' } };

/** A new live stream in the emulator: run the command shown and the player starts by itself. */
export const Live: StoryObj = {
  render: (args) => ({ Component: LiveStory, props: { withPlayer: true, muted: args.muted, autoplay: args.autoplay } }),
};
