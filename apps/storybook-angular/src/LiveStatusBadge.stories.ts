import { argsToTemplate, moduleMetadata, type Meta, type StoryObj } from '@storybook/angular-vite';
import { LiveStatusBadgeComponent } from '@vidkit/angular';
import { liveStream } from './playground.js';
import { pushCommand, pushTemplate } from './push-command.js';

/**
 * `<vidkit-live-status-badge>` watches a live stream's public manifest: **Offline** while nobody broadcasts, **Live**
 * a few seconds after a publisher connects. The default story creates a stream in the emulator and shows the command
 * that pushes a test pattern to it.
 */
const meta: Meta<LiveStatusBadgeComponent> = {
  title: 'LiveStatusBadge',
  component: LiveStatusBadgeComponent,
  // The package is compiled ahead of time (no decorator metadata at runtime): each story imports it and renders
  // its own template.
  decorators: [moduleMetadata({ imports: [LiveStatusBadgeComponent] })],
  render: (args) => ({ props: args, template: `<vidkit-live-status-badge ${argsToTemplate(args)} />` }),
  args: { interval: 2000, liveStreamId: 'li00000000000000000000' },
  // `'manifest'` (the default) or a function: nothing a control can set.
  argTypes: { source: { control: false } },
};
export default meta;

type Story = StoryObj<LiveStatusBadgeComponent>;

/** A new stream in the emulator (or `STORYBOOK_APIVIDEO_LIVE_STREAM_ID` in a sandbox). */
export const Emulator: Story = {
  loaders: [async () => ({ stream: await liveStream() })],
  render: (args, { loaded }) => {
    const stream = loaded['stream'] as Awaited<ReturnType<typeof liveStream>>;
    return {
      props: { ...args, stream, push: pushCommand(stream.streamKey) },
      template: `
        <vidkit-live-status-badge [liveStreamId]="stream.liveStreamId" [interval]="interval" />
        <p>Live stream <code data-testid="live-stream-id">{{ stream.liveStreamId }}</code></p>
        ${pushTemplate}
      `,
    };
  },
};

/** A stream that does not exist is simply offline: its manifest answers 404. */
export const Offline: Story = {};

/** Custom labels, e.g. for translation. */
export const Labels: Story = { args: { labels: { offline: 'Hors ligne', live: 'En direct' } } };
