import type { UploadQueueCallbacks } from '../upload/queue.js';
import type { UploadedVideo, UploadSnapshot } from '../upload/types.js';

/** An uploader component's callbacks: each is called with the file as the user picked it. */
export interface UploaderCallbacks {
  /** A file started uploading. */
  onUploadStart?: ((file: File) => void) | undefined;
  /** A file's progress changed. */
  onProgress?: ((state: UploadSnapshot, file: File) => void) | undefined;
  /** A file was uploaded: the video api.video answered with. */
  onSuccess?: ((video: UploadedVideo, file: File) => void) | undefined;
  /** A file's upload failed for good (it can still be retried). */
  onError?: ((error: Error, file: File) => void) | undefined;
}

/** Every queue callback named (`undefined` when the component has none), so spreading it replaces a caller's. */
interface QueueCallbacksOf {
  onUploadStart: UploadQueueCallbacks['onUploadStart'];
  onProgress: UploadQueueCallbacks['onProgress'];
  onSuccess: UploadQueueCallbacks['onSuccess'];
  onError: UploadQueueCallbacks['onError'];
}

/**
 * The upload queue's callbacks that call an uploader component's with each item's file: what every adapter's
 * `<VideoUploader>` passes to its queue.
 *
 * @example
 * const queue = createUploadQueue({ ...options, ...queueCallbacks(props) });
 */
export function queueCallbacks({ onUploadStart, onProgress, onSuccess, onError }: UploaderCallbacks): QueueCallbacksOf {
  // Items of an uploader component always hold the File the user picked.
  return {
    onUploadStart: onUploadStart && ((item) => onUploadStart(item.file as File)),
    onProgress: onProgress && ((item) => onProgress(item.snapshot, item.file as File)),
    onSuccess: onSuccess && ((video, item) => onSuccess(video, item.file as File)),
    onError: onError && ((error, item) => onError(error, item.file as File)),
  };
}
