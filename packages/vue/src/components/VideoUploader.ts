import { defineComponent, h, ref, shallowRef, type PropType, type SlotsType, type VNodeChild } from 'vue';
import type {
  OriginOptions,
  ResumeStore,
  UploadedVideo,
  UploadQueueItem,
  UploadRetryOptions,
  UploadSnapshot,
} from '@vidkit/core';
import {
  acceptFiles,
  announceUpload,
  describeUploadRow,
  visuallyHiddenStyle,
  uploaderMessages,
  type RejectedFile,
  type UploadRowView,
  type UploaderMessages,
  type UploadAction,
} from '@vidkit/core/ui';
import { useVidkitConfig } from '../config.js';
import { onDispose } from '../composables/store.js';
import { useUploadQueue, type UseUploadQueueReturn } from '../composables/use-upload-queue.js';
import { UploadRow } from './UploadRow.js';
import { useStableId } from './use-id.js';

/** What the `row` slot of `<VideoUploader>` gets for each file. */
export interface UploaderRowSlotProps {
  /** The queue's item: `id`, `name`, `file`, `snapshot`. */
  item: UploadQueueItem;
  /** Everything the default row shows, as text (core's `describeUploadRow`), and the actions it offers. */
  view: UploadRowView;
  pause(): void;
  resume(): void;
  cancel(): void;
  retry(): void;
  remove(): void;
}

/** What the `prompt` slot (the drop zone's content above the button) gets. */
export interface UploaderPromptSlotProps {
  multiple: boolean;
  /** A file is being dragged over the drop zone. */
  dragging: boolean;
}

/** Runtime props of {@link VideoUploader}, also usable to wrap it. */
export const videoUploaderProps = {
  /** Accepted types, `<input accept>` syntax. */
  accept: { type: String, default: 'video/*' },
  /** Largest accepted file in bytes; bigger files are refused with a visible reason. */
  maxFileSize: Number,
  /** Allow several files at once. */
  multiple: { type: Boolean, default: true },
  /** Text of the drop zone above the button. Default: the `dropPrompt` message (or the `prompt` slot). */
  prompt: String,
  /** Files uploading at once. Default 2. */
  fileConcurrency: Number,
  /** Bytes per part, 5–128 MiB. */
  chunkSize: Number,
  /** Parts in parallel per file. */
  concurrency: Number,
  retry: Object as PropType<UploadRetryOptions>,
  /** Continue an upload after a reload (`true`: localStorage) or with your own store. */
  resume: { type: [Boolean, Object] as PropType<boolean | ResumeStore>, default: undefined },
  origin: Object as PropType<OriginOptions>,
  fetch: Function as PropType<typeof fetch>,
  /** Upload into this existing video. */
  videoId: String,
  videoName: String,
  /** API root; default the provided config's. */
  apiBaseUrl: String,
  uploadToken: String,
  getUploadToken: Function as PropType<() => Promise<string>>,
  accessToken: String,
} as const;

/**
 * A drop zone and file button that uploads videos to api.video, one row per file (name, progress bar, speed, time
 * left, pause/resume, cancel, retry). Keyboard-usable; a polite live region announces starts, completions and
 * failures; refused files are listed with their reason. Texts come from the provided `messages`. Style it with
 * `@vidkit/vue/styles.css` and its custom properties, or the `vidkit-uploader*` class names. Slots: `prompt` (the
 * drop zone's content), `row` (a custom row per file), `list` (replaces the list); for a fully custom UI use
 * `useUploadQueue`.
 *
 * @example
 * <VideoUploader :get-upload-token="getUploadToken" @success="(video) => save(video.videoId)" />
 */
// Pure: a bundler drops a component the app does not import (Vue is external, so its own annotation is not seen).
export const VideoUploader = /* @__PURE__ */ defineComponent({
  name: 'VideoUploader',
  props: videoUploaderProps,
  emits: {
    /** A file started uploading. */
    'upload-start': (_file: File) => true,
    /** A file's progress changed. */
    progress: (_state: UploadSnapshot, _file: File) => true,
    /** A file was uploaded. */
    success: (_video: UploadedVideo, _file: File) => true,
    /** A file's upload failed for good (it can still be retried). */
    error: (_error: Error, _file: File) => true,
    /** Files refused by `accept`, `maxFileSize` or for being empty. */
    reject: (_rejected: RejectedFile[]) => true,
  },
  slots: Object as SlotsType<{
    prompt: UploaderPromptSlotProps;
    row: UploaderRowSlotProps;
    list: UseUploadQueueReturn;
  }>,
  setup(props, { emit, slots }) {
    const config = useVidkitConfig();
    const queue = useUploadQueue(() => {
      const options: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(props)) if (!OWN_PROPS.includes(key)) options[key] = value;
      return options;
    });
    const off = queue.queue.on((event) => {
      const file = event.item.file as File;
      if (event.type === 'start') emit('upload-start', file);
      else if (event.type === 'progress') emit('progress', event.item.snapshot, file);
      else if (event.type === 'success') emit('success', event.video, file);
      else emit('error', event.error, file);
    });
    onDispose(off);
    const rejected = shallowRef<RejectedFile[]>([]);
    const dragging = ref(false);
    const input = shallowRef<HTMLInputElement>();
    const hintId = useStableId();

    const take = (files: FileList | null | undefined) => {
      const { locale, messages } = config.value;
      const { accept, maxFileSize, multiple } = props;
      const found = acceptFiles(files, { accept, maxFileSize, multiple, locale, messages: uploaderMessages(messages) });
      rejected.value = found.rejected;
      if (found.rejected.length) emit('reject', found.rejected);
      if (found.accepted.length) queue.add(found.accepted);
    };

    const row = (item: UploadQueueItem, messages: UploaderMessages, locale?: string) => {
      const { pause, resume, cancel, retry, remove } = item;
      if (slots.row) {
        const view = describeUploadRow(item.name, item.snapshot, { messages, locale, encoding: item.encoding });
        return slots.row({ item, view, pause, resume, cancel, retry, remove });
      }
      return h(UploadRow, {
        key: item.id,
        name: item.name,
        state: item.snapshot,
        encoding: item.encoding,
        messages,
        locale,
        onAction: (action: UploadAction) => item[action](),
      });
    };

    return () => {
      const { locale } = config.value;
      const messages = uploaderMessages(config.value.messages);
      const { multiple, accept } = props;
      const { items } = queue.state.value;
      let list: VNodeChild = null;
      if (slots.list) list = slots.list(queue);
      else if (items.length > 0) {
        list = h(
          'ul',
          { class: 'vidkit-uploader__list', 'aria-label': messages.uploadsLabel },
          items.map((item) => row(item, messages, locale)),
        );
      }
      return h('div', { class: 'vidkit-uploader' }, [
        h(
          'div',
          {
            class: 'vidkit-uploader__dropzone',
            'data-dragging': dragging.value,
            onDragover: (event: DragEvent) => {
              event.preventDefault();
              dragging.value = true;
            },
            onDragleave: () => (dragging.value = false),
            onDrop: (event: DragEvent) => {
              event.preventDefault();
              dragging.value = false;
              take(event.dataTransfer?.files);
            },
          },
          [
            h(
              'p',
              { id: hintId },
              slots.prompt?.({ multiple, dragging: dragging.value }) ?? props.prompt ?? messages.dropPrompt(multiple),
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'vidkit-uploader__button',
                'aria-describedby': hintId,
                onClick: () => input.value?.click(),
              },
              messages.chooseButton(multiple),
            ),
            h('input', {
              ref: input,
              type: 'file',
              hidden: true,
              accept,
              multiple,
              onChange: (event: Event) => {
                const target = event.currentTarget as HTMLInputElement;
                take(target.files);
                target.value = '';
              },
            }),
          ],
        ),
        rejected.value.length > 0 &&
          h(
            'ul',
            { class: 'vidkit-uploader__rejected-list', 'aria-label': messages.rejectedLabel },
            rejected.value.map((r, i) =>
              h('li', { key: `${r.file.name}-${i}`, class: 'vidkit-uploader__rejected' }, [
                h('span', { class: 'vidkit-uploader__name' }, r.file.name),
                ': ',
                h('span', { class: 'vidkit-uploader__reason' }, r.message),
              ]),
            ),
          ),
        list,
        h(
          'div',
          { class: 'vidkit-visually-hidden', 'aria-live': 'polite', style: visuallyHiddenStyle },
          items.map((item) => {
            const text = announceUpload(item.name, item.snapshot, messages);
            return text ? h('p', { key: item.id }, text) : null;
          }),
        ),
      ]);
    };
  },
});

// The props that are the drop zone's; the others are the queue's options.
const OWN_PROPS = ['accept', 'maxFileSize', 'multiple', 'prompt'];
