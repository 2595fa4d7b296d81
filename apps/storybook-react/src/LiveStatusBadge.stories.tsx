import type { Meta, StoryObj } from '@storybook/react-vite';
import { LiveStatusBadge } from '@vidkit/react';
import { liveStream } from './playground.js';
import { PushCommand } from './PushCommand.js';
import { useLoad } from './use-load.js';
import { withProvider } from './with-provider.js';

/**
 * `<LiveStatusBadge>` watches a live stream's public manifest: **Offline** while nobody broadcasts, **Live** a few
 * seconds after a publisher connects. The default story creates a stream in the emulator and shows the command that
 * pushes a test pattern to it.
 */
const meta: Meta<typeof LiveStatusBadge> = {
  title: 'LiveStatusBadge',
  component: LiveStatusBadge,
  args: { interval: 2000 },
  decorators: [withProvider()],
};
export default meta;

type Story = StoryObj<typeof LiveStatusBadge>;

function WithNewStream(args: Omit<Parameters<typeof LiveStatusBadge>[0], 'liveStreamId'>) {
  const { value: stream, error } = useLoad(liveStream);
  if (error) return <p role="alert">{error}</p>;
  if (!stream) return <p>Creating a live stream…</p>;
  return (
    <div>
      <LiveStatusBadge {...args} liveStreamId={stream.liveStreamId} />
      <p>
        Live stream <code data-testid="live-stream-id">{stream.liveStreamId}</code>
      </p>
      <PushCommand streamKey={stream.streamKey} />
    </div>
  );
}

/** A new stream in the emulator (or `STORYBOOK_APIVIDEO_LIVE_STREAM_ID` in a sandbox). */
export const Emulator: Story = {
  render: (args) => <WithNewStream {...args} />,
};

/** A stream that does not exist is simply offline: its manifest answers 404. */
export const Offline: Story = {
  args: { liveStreamId: 'li00000000000000000000' },
};

/** Custom labels, e.g. for translation. */
export const Labels: Story = {
  args: { liveStreamId: 'li00000000000000000000', labels: { offline: 'Hors ligne', live: 'En direct' } },
};
