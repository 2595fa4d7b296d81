import type { Meta, StoryObj } from '@storybook/svelte-vite';
import { VideoUploader } from '@vidkit/svelte';
import RowStates from './RowStates.svelte';
import UploadAndWait from './UploadAndWait.svelte';
import WithProvider from './WithProvider.svelte';

/**
 * `<VideoUploader>` uploads videos straight from the browser to api.video with a **delegated upload token**.
 *
 * These stories get their token from the local emulator with its development key. **In a real app the token comes
 * from your backend**, which keeps the API key (a SvelteKit `+server.ts` route: see Getting started).
 */
const meta = {
  title: 'VideoUploader',
  component: VideoUploader,
  args: { accept: 'video/*', multiple: true, chunkSize: 5 * 1024 * 1024 },
  argTypes: {
    maxFileSize: { control: 'number' },
    concurrency: { control: { type: 'number', min: 1, max: 16 } },
  },
  decorators: [() => ({ Component: WithProvider })],
} satisfies Meta<typeof VideoUploader>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Drop a video: it uploads, then the story waits until api.video (or the emulator) can play it. */
export const Emulator: StoryObj = {
  render: (args) => ({ Component: UploadAndWait, props: args }),
};

/** Only small files: bigger ones are refused with a visible reason. */
export const MaxFileSize: Story = { args: { maxFileSize: 5_000_000 } };

/** One file at a time. */
export const Single: Story = { args: { multiple: false } };

/** Each state of a row (idle, uploading, paused, failed, done), as `<UploadRow>` renders it. */
export const States: StoryObj = {
  render: () => ({ Component: RowStates }),
};
