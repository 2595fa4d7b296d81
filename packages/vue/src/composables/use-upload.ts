import { shallowReadonly, shallowRef, toValue, watch, type MaybeRefOrGetter, type ShallowRef } from 'vue';
import {
  createUpload,
  IDLE_UPLOAD_SNAPSHOT,
  lazyCredential,
  OptionsError,
  resolveUploadOptions,
  type Upload,
  type UploadInput,
  type UploadOptions,
  type UploadSnapshot,
  type UploadedVideo,
} from '@vidkit/core';
import { useVidkitConfig } from '../config.js';
import { onClient, onDispose, useStore } from './store.js';
import type { VueUploadCredential } from './use-upload-queue.js';

/** Options of {@link useUpload}. The settings are read when the file changes; the credential whenever a token is needed. */
export interface UseUploadOptions
  extends
    VueUploadCredential,
    Pick<UploadOptions, 'videoId' | 'videoName' | 'chunkSize' | 'concurrency' | 'retry' | 'resume' | 'origin'> {
  /** The file to upload; a new file makes a new upload. `null` until one is picked. */
  file: UploadInput | null | undefined;
  /** Start as soon as there is a file. Default false: call `start()`. */
  autoStart?: boolean;
  /** API root; default the provided config's, else `https://ws.api.video`. */
  apiBaseUrl?: string;
}

/** What {@link useUpload} returns: the upload's snapshot as a readonly shallow ref, and its controls. */
export interface UseUploadReturn {
  /** `status`, `progress`, `bytesUploaded`, `speed`, `eta`, `video`, `error`…; idle without a file. */
  state: Readonly<ShallowRef<UploadSnapshot>>;
  /** The core upload store, `null` without a file. */
  upload: Readonly<ShallowRef<Upload | null>>;
  /** Starts the upload; resolves with the video. */
  start(): Promise<UploadedVideo>;
  pause(): void;
  resume(): void;
  cancel(): void;
}

/**
 * One file's upload as Vue state: a bridge over core's `createUpload` (chunking, retries, pause/resume, persistence
 * and token precedence all live in core). Options may be a value, a ref or a getter. A new `file` makes a new upload
 * (the previous one is cancelled if unfinished), and so does the end of the effect scope: nothing keeps sending.
 *
 * @example
 * const file = ref<File | null>(null);
 * const { state } = useUpload(() => ({ file: file.value, getUploadToken, autoStart: true }));
 * <progress :value="state.progress" />
 */
export function useUpload(options: MaybeRefOrGetter<UseUploadOptions>): UseUploadReturn {
  const config = useVidkitConfig();
  const resolve = () => resolveUploadOptions(config.value, { ...toValue(options) });
  const upload = shallowRef<Upload | null>(null);
  let stop: (() => void) | undefined;
  // Uploads exist on the client only: a server render shows the idle state.
  onClient(() => {
    stop = watch(
      () => toValue(options).file,
      (file, _, onCleanup) => {
        if (!file) return void (upload.value = null);
        const { autoStart, file: _file, ...settings } = resolve();
        const current = createUpload({ ...settings, ...lazyCredential(resolve), file });
        upload.value = current;
        // Failures are in the state; start() is idempotent.
        if (autoStart) current.start().catch(() => {});
        onCleanup(() => current.cancel());
      },
      { immediate: true },
    );
  });
  onDispose(() => stop?.());
  return {
    state: useStore(upload, IDLE_UPLOAD_SNAPSHOT),
    upload: shallowReadonly(upload),
    start: () =>
      upload.value
        ? upload.value.start()
        : Promise.reject(new OptionsError('useUpload: there is no file to upload yet; pass `file` first.')),
    pause: () => upload.value?.pause(),
    resume: () => upload.value?.resume(),
    cancel: () => upload.value?.cancel(),
  };
}
