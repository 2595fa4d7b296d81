import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { h } from 'vue';
import { LiveStatusBadge } from '@vidkit/vue';
import { liveStream } from './playground.js';
import { pushCommand } from './push-command.js';

/**
 * `<LiveStatusBadge>` watches a live stream's public manifest: **Offline** while nobody broadcasts, **Live** a few
 * seconds after a publisher connects. The default story creates a stream in the emulator and shows the command that
 * pushes a test pattern to it.
 */
const meta: Meta<typeof LiveStatusBadge> = {
  title: 'LiveStatusBadge',
  component: LiveStatusBadge,
  args: { interval: 2000, liveStreamId: 'li00000000000000000000' },
};
export default meta;

type Story = StoryObj<typeof LiveStatusBadge>;

/** A new stream in the emulator (or `STORYBOOK_APIVIDEO_LIVE_STREAM_ID` in a sandbox). */
export const Emulator: Story = {
  loaders: [async () => ({ stream: await liveStream() })],
  render: (args, { loaded }) => ({
    setup() {
      const stream = loaded.stream as Awaited<ReturnType<typeof liveStream>>;
      return () =>
        h('div', [
          h(LiveStatusBadge, { ...args, liveStreamId: stream.liveStreamId }),
          h('p', ['Live stream ', h('code', { 'data-testid': 'live-stream-id' }, stream.liveStreamId)]),
          pushCommand(stream.streamKey),
        ]);
    },
  }),
};

/** A stream that does not exist is simply offline: its manifest answers 404. */
export const Offline: Story = {};

/** Custom labels, e.g. for translation. */
export const Labels: Story = {
  args: { labels: { offline: 'Hors ligne', live: 'En direct' } },
};
