import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { LiveStatusBadge, VidkitProvider } from '@vidkit/react';
import { liveStream, providerSettings, usesSandbox } from './playground.js';

/**
 * `<LiveStatusBadge>` watches a live stream's public manifest: **Offline** while nobody broadcasts, **Live** a few
 * seconds after a publisher connects. The default story creates a stream in the emulator and shows the command that
 * pushes a test pattern to it.
 */
const meta: Meta<typeof LiveStatusBadge> = {
  title: 'LiveStatusBadge',
  component: LiveStatusBadge,
  args: { interval: 2000 },
  decorators: [
    (Story) => (
      <VidkitProvider {...providerSettings()}>
        <Story />
      </VidkitProvider>
    ),
  ],
};
export default meta;

type Story = StoryObj<typeof LiveStatusBadge>;

function WithNewStream(args: Omit<Parameters<typeof LiveStatusBadge>[0], 'liveStreamId'>) {
  const [stream, setStream] = useState<{ liveStreamId: string; streamKey?: string }>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    liveStream().then(setStream, (e: Error) => setError(e.message));
  }, []);
  if (error) return <p role="alert">{error}</p>;
  if (!stream) return <p>Creating a live stream…</p>;
  return (
    <div>
      <LiveStatusBadge {...args} liveStreamId={stream.liveStreamId} />
      <p>
        Live stream <code data-testid="live-stream-id">{stream.liveStreamId}</code>
      </p>
      {!usesSandbox && stream.streamKey && (
        <p>
          Go live with a test pattern:{' '}
          <code data-testid="push-command">pnpm --filter @vidkit/emulator push-live {stream.streamKey}</code>
        </p>
      )}
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
