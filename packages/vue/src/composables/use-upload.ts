import { toValue, watchEffect, type MaybeRefOrGetter, type ShallowRef } from 'vue';
import {
  createFileUpload,
  resolveUploadOptions,
  type FileUploadOptions,
  type FileUploadSnapshot,
  type UploadedVideo,
} from '@vidkit/core';
import { useVidkitConfig } from '../config.js';
import { onClient, onDispose, useStore } from './store.js';

/**
 * Options of {@link useUpload}: core's `FileUploadOptions` (the file, the credential, `autoStart`, chunking…) over
 * the provided `VidkitConfig`. A new `file` makes a new upload with the settings of that moment.
 */
export type UseUploadOptions = Omit<FileUploadOptions, 'apiKey' | 'dangerouslyAllowBrowser'>;

/** What {@link useUpload} returns: the snapshot as a readonly shallow ref, and the upload's controls. */
export interface UseUploadReturn {
  /** `status`, `progress`, `bytesUploaded`, `speed`, `eta`, `video`, `error`, `file`, `upload`…; idle without a file. */
  state: Readonly<ShallowRef<FileUploadSnapshot>>;
  /** Starts the upload; resolves with the video. Rejects with `OptionsError` (`no_file`) before a file is given. */
  start(): Promise<UploadedVideo>;
  pause(): void;
  resume(): void;
  cancel(): void;
}

/**
 * One file's upload as Vue state: a bridge over core's `createFileUpload` (one upload per file, chunking, retries,
 * pause/resume and token precedence all live in core). Options may be a value, a ref or a getter. A new `file`
 * cancels the previous file's unfinished upload, and so does the end of the effect scope: nothing keeps sending.
 *
 * @example
 * const file = ref<File | null>(null);
 * const { state } = useUpload(() => ({ file: file.value, getUploadToken, autoStart: true }));
 * <progress :value="state.progress" />
 */
export function useUpload(options: MaybeRefOrGetter<UseUploadOptions>): UseUploadReturn {
  const config = useVidkitConfig();
  const upload = createFileUpload();
  let stop: (() => void) | undefined;
  // Uploads exist on the client only: a server render shows the idle state.
  onClient(() => {
    stop = watchEffect(() => upload.setOptions(resolveUploadOptions(config.value, { ...toValue(options) })));
  });
  onDispose(() => (stop?.(), upload.destroy()));
  const { start, pause, resume, cancel } = upload;
  return { state: useStore(upload, upload.getSnapshot()), start, pause, resume, cancel };
}
