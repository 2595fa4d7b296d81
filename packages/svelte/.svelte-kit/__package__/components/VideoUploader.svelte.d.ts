import type { Snippet } from 'svelte';
import type { UploadedVideo, UploadSnapshot } from '@vidkit/core';
import { type RejectedFile, type UploadRowView } from '@vidkit/core/ui';
import { type UploadQueueEntry, type UploadQueueStateOptions } from '../reactive/upload-queue.svelte.js';
type QueueCallbacks = 'onUploadStart' | 'onProgress' | 'onSuccess' | 'onError' | 'autoStart';
/** Props of `<VideoUploader>`. */
interface Props extends Omit<UploadQueueStateOptions, QueueCallbacks> {
  /** Accepted types, `<input accept>` syntax. Default `video/*`. */
  accept?: string;
  /** Largest accepted file in bytes; bigger files are refused with a visible reason. */
  maxFileSize?: number;
  /** Allow several files at once. Default true. */
  multiple?: boolean;
  /** Called when a file starts uploading. */
  onuploadstart?: (file: File) => void;
  /** Called on each progress change of a file. */
  onprogress?: (state: UploadSnapshot, file: File) => void;
  /** Called with the uploaded video. */
  onsuccess?: (video: UploadedVideo, file: File) => void;
  /** Called when a file's upload fails for good (it can still be retried). */
  onerror?: (error: Error, file: File) => void;
  /** Called with the files refused by `accept`, `maxFileSize` or for being empty. */
  onreject?: (rejected: RejectedFile[]) => void;
  /** Extra class names on the root. */
  class?: string;
  /** Content of the drop zone above the button. Default: the `dropPrompt` message. */
  prompt?: Snippet<
    [
      {
        dragging: boolean;
      },
    ]
  >;
  /** Replaces each row: the file with its controls, and core's row view (texts, percent, actions). */
  row?: Snippet<
    [
      {
        item: UploadQueueEntry;
        view: UploadRowView;
      },
    ]
  >;
}
/**
 * A drop zone and file button that uploads videos to api.video, one row per file (name, progress bar, speed, time left,
 * pause/resume, cancel, retry). Keyboard-usable; a polite live region announces starts, completions and failures;
 * refused files are listed with their reason. Texts come from the context's `messages`. Style it with
 * `@vidkit/svelte/styles.css`; for a fully custom UI use `uploadQueue()`.
 *
 * ```svelte
 * <VideoUploader onsuccess={(video) => console.log(video.videoId)} />
 * ```
 */
declare const VideoUploader: import('svelte').Component<Props, {}, ''>;
type VideoUploader = ReturnType<typeof VideoUploader>;
export default VideoUploader;
//# sourceMappingURL=VideoUploader.svelte.d.ts.map
