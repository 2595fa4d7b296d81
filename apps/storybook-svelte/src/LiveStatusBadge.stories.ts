import type { Meta, StoryObj } from '@storybook/svelte-vite';
import { LiveStatusBadge } from '@vidkit/svelte';
import LiveStory from './LiveStory.svelte';
import WithProvider from './WithProvider.svelte';

/**
 * `<LiveStatusBadge>` watches a live stream's public manifest: **Offline** while nobody broadcasts, **Live** a few
 * seconds after a publisher connects. The default story creates a stream in the emulator and shows the command that
 * pushes a test pattern to it.
 */
const meta = {
  title: 'LiveStatusBadge',
  component: LiveStatusBadge,
  args: { liveStreamId: 'li00000000000000000000', interval: 2000 },
  decorators: [() => ({ Component: WithProvider })],
} satisfies Meta<typeof LiveStatusBadge>;
export default meta;

type Story = StoryObj<typeof meta>;

/** A new stream in the emulator (or `STORYBOOK_APIVIDEO_LIVE_STREAM_ID` in a sandbox). */
export const Emulator: StoryObj = {
  render: (args) => ({ Component: LiveStory, props: { interval: args.interval } }),
};

/** A stream that does not exist is simply offline: its manifest answers 404. */
export const Offline: Story = {};

/** Custom labels, e.g. for translation. */
export const Labels: Story = { args: { labels: { offline: 'Hors ligne', live: 'En direct' } } };
