import { signal } from '@angular/core';
import { argsToTemplate, moduleMetadata, type Meta, type StoryObj } from '@storybook/angular-vite';
import {
  UploadRowComponent,
  UploadRowTemplateDirective,
  VideoUploaderComponent,
  type UploadedVideo,
  type UploadSnapshot,
} from '@vidkit/angular';
import { waitUntilPlayable } from '@vidkit/core';

/**
 * `<vidkit-video-uploader>` uploads videos straight from the browser to api.video with a **delegated upload token**.
 *
 * These stories get their token from the local emulator with its development key. **In a real app the token comes
 * from your backend**, which keeps the API key: `provideVidkit({ getUploadToken: () =>
 * fetch('/api/upload-token').then((r) => r.text()) })`.
 */
const meta: Meta<VideoUploaderComponent> = {
  title: 'VideoUploader',
  component: VideoUploaderComponent,
  // The package is compiled ahead of time (no decorator metadata at runtime): each story imports it and renders
  // its own template.
  decorators: [moduleMetadata({ imports: [VideoUploaderComponent, UploadRowTemplateDirective, UploadRowComponent] })],
  render: (args) => ({ props: args, template: `<vidkit-video-uploader ${argsToTemplate(args)} />` }),
  args: { accept: 'video/*', multiple: true, chunkSize: 5 * 1024 * 1024 },
  argTypes: {
    maxFileSize: { control: 'number' },
    concurrency: { control: { type: 'number', min: 1, max: 16 } },
    // `BooleanInput` also takes the bare attribute (`multiple`); a switch is what a reader wants here.
    multiple: { control: 'boolean' },
    // The queue is for the parent (through `viewChild`), not an input; functions have no control.
    queue: { control: false },
    getUploadToken: { control: false },
  },
};
export default meta;

type Story = StoryObj<VideoUploaderComponent>;

/** Drop a video: it uploads, then the story waits until api.video (or the emulator) can play it. */
export const Emulator: Story = {
  render: (args) => {
    // Signals: the playground runs zoneless, so plain mutations would not be seen.
    const videos = signal<{ video: UploadedVideo; playable: boolean }[]>([]);
    const mark = (videoId: string) =>
      videos.update((list) => list.map((v) => (v.video.videoId === videoId ? { ...v, playable: true } : v)));
    return {
      props: {
        ...args,
        videos,
        uploaded: (video: UploadedVideo) => {
          videos.update((list) => [...list, { video, playable: false }]);
          void waitUntilPlayable(video, { baseDelay: 500, timeout: 300_000 }).then(() => mark(video.videoId));
        },
      },
      template: `
        <div style="display: grid; gap: 1rem; max-width: 640px">
          <vidkit-video-uploader [accept]="accept" [multiple]="multiple" [chunkSize]="chunkSize" [maxFileSize]="maxFileSize"
            (success)="uploaded($event.video)" />
          @for (v of videos(); track v.video.videoId) {
            <p data-testid="video-state"><code>{{ v.video.videoId }}</code>: {{ v.playable ? 'ready to play' : 'encoding…' }}</p>
          }
        </div>
      `,
    };
  },
};

/** Only small files: bigger ones are refused with a visible reason. */
export const MaxFileSize: Story = { args: { maxFileSize: 5_000_000 } };

/** One file at a time. */
export const Single: Story = { args: { multiple: false } };

/** Themed through CSS custom properties. */
export const Themed: Story = {
  render: (args) => ({
    props: args,
    template: `
      <div style="--vidkit-accent: #db2777; --vidkit-radius: 2px">
        <vidkit-video-uploader ${argsToTemplate(args)} />
      </div>
    `,
  }),
};

/** A row of your own through `*vidkitUploadRow`: pause and resume from it. */
export const CustomRow: Story = {
  render: (args) => ({
    props: args,
    template: `
      <vidkit-video-uploader [chunkSize]="chunkSize">
        <li *vidkitUploadRow="let item" class="vidkit-uploader__row" [attr.data-status]="item.snapshot.status">
          <span class="vidkit-uploader__name">{{ item.name }}</span> — {{ item.snapshot.status }}
          @if (item.snapshot.status === 'paused') {
            <button type="button" (click)="item.resume()">Resume</button>
          } @else {
            <button type="button" (click)="item.pause()">Pause</button>
          }
        </li>
      </vidkit-video-uploader>
    `,
  }),
};

const state = (patch: Partial<UploadSnapshot>): UploadSnapshot => ({
  status: 'uploading',
  bytesUploaded: 31_000_000,
  bytesTotal: 80_000_000,
  progress: 31 / 80,
  speed: 4_200_000,
  eta: 11,
  partsDone: 6,
  partsTotal: 16,
  attempt: 1,
  ...patch,
});

/** Each state of a row (idle, uploading, paused, failed, done), as `<li vidkit-upload-row>` renders it. */
export const States: StoryObj<UploadRowComponent> = {
  render: () => ({
    props: {
      rows: [
        ['idle.mp4', state({ status: 'idle', bytesUploaded: 0, progress: 0, speed: 0, eta: undefined })],
        ['uploading.mp4', state({})],
        ['paused.mp4', state({ status: 'paused', speed: 0, eta: undefined })],
        [
          'failed.mp4',
          state({
            status: 'failed',
            error: new Error('The upload token has expired. Ask your backend for a new one.'),
          }),
        ],
        [
          'done.mp4',
          state({
            status: 'completed',
            bytesUploaded: 80_000_000,
            progress: 1,
            video: { videoId: 'vi4blUQJFrYWbaG44NChkH27' },
          }),
        ],
      ] satisfies [string, UploadSnapshot][],
    },
    // Inside a `.vidkit-uploader`, as in the component: the theme's custom properties are set there.
    template: `
      <div class="vidkit-uploader" style="max-width: 640px">
        <ul class="vidkit-uploader__list">
          @for (row of rows; track row[0]) {
            <li vidkit-upload-row [name]="row[0]" [state]="row[1]"></li>
          }
        </ul>
      </div>
    `,
  }),
};
