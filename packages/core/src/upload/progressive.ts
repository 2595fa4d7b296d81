import { AbortError, OptionsError, UploadError, VidkitError } from '../errors.js';
import { explainUploadFailure } from './failure.js';
import { abortReason } from '../internal/abort-reason.js';
import { createStore, type ReadableStore } from '../internal/store.js';
import { checkChunkSize, MIN_PART_SIZE } from './chunk-size.js';
import { formatContentRange } from './content-range.js';
import { resolveConnection, type UploadConnectionOptions } from './connection.js';
import { createUploadContext } from './context.js';
import { IDLE_UPLOAD_SNAPSHOT, type UploadedVideo, type UploadSnapshot } from './types.js';

/** Options of `createProgressiveUpload`. */
export interface ProgressiveUploadOptions extends UploadConnectionOptions {
  /** Upload into this existing video (bearer mode); by default one is created (bearer) or by the API (token). */
  videoId?: string;
  /** Title of a created video and file name sent with each part. Default `recording`. */
  videoName?: string;
  /** Blobs are merged until they reach this size before a part is sent. 5–128 MiB, default 5 MiB. */
  partSize?: number;
  /** Aborting it cancels the upload. */
  signal?: AbortSignal;
}

/** An upload of a file still being produced (a recording). */
export interface ProgressiveUpload extends ReadableStore<UploadSnapshot> {
  /** Adds bytes; sends a part (`part n/*`) once enough are buffered. Resolves when that part, if any, is in. */
  uploadPart(blob: Blob): Promise<void>;
  /** Adds the final bytes and sends the last part (`part n/n`); resolves with the Video. */
  uploadLastPart(blob: Blob): Promise<UploadedVideo>;
  /** Aborts the part in flight and refuses further parts. */
  cancel(): void;
}

/**
 * Uploads a recording while it is being made. Small blobs (e.g. from `MediaRecorder`) are merged into parts of at
 * least `partSize`; the latest blob is always held back, so the last part is never empty. Parts go one at a time
 * in order, each with the same retries as `createUpload`.
 *
 * @example
 * const upload = createProgressiveUpload({ uploadToken });
 * recorder.ondataavailable = (e) => void upload.uploadPart(e.data);
 * recorder.onstop = async () => console.log(await upload.uploadLastPart(new Blob()));
 */
export function createProgressiveUpload(options: ProgressiveUploadOptions): ProgressiveUpload {
  const partSize = options.partSize ?? MIN_PART_SIZE;
  checkChunkSize(partSize);
  const context = createUploadContext(resolveConnection(options));
  const fileName = options.videoName ?? 'recording';
  const store = createStore<UploadSnapshot>(IDLE_UPLOAD_SNAPSHOT);
  const master = new AbortController();
  options.signal?.addEventListener('abort', () => cancel(), { once: true });
  let videoId = options.videoId;
  let buffered: Blob[] = [];
  let held: Blob | undefined;
  let n = 0;
  let ended = false;
  let chain: Promise<unknown> = Promise.resolve();
  const started = Date.now();

  const fail = (error: unknown) => {
    const reported = master.signal.aborted
      ? abortReason(master.signal)
      : error instanceof VidkitError && !(error instanceof AbortError)
        ? explainUploadFailure(
            new UploadError(`Part ${n} of the recording could not be uploaded: ${error.message}`, {
              part: n,
              videoId,
              cause: error,
              status: error.status,
            }),
          )
        : error;
    store.update({ status: master.signal.aborted ? 'cancelled' : 'failed', error: reported as Error });
    throw reported;
  };

  const sendPart = (bytes: Blob, last: boolean) => {
    const part = { n: ++n, bytes, last, contentRange: formatContentRange(n, last ? n : '*') };
    // Parts must reach the API in order, so each waits for the previous one.
    const next = chain.then(async () => {
      const signal = master.signal;
      if (signal.aborted) throw abortReason(signal);
      store.update({ status: 'uploading', bytesTotal: store.getSnapshot().bytesTotal + bytes.size });
      if (!videoId && context.auth.mode === 'bearer') {
        videoId = (await context.createVideo(fileName, signal)).videoId;
      }
      const video = await context.send(part, { videoId, fileName }, signal, {
        onAttempt: (attempt) => store.update({ attempt, status: 'uploading' }),
        onRetry: (attempt) => store.update({ attempt, status: 'retrying' }),
      });
      videoId ??= video?.videoId;
      const snapshot = store.getSnapshot();
      const bytesUploaded = snapshot.bytesUploaded + bytes.size;
      store.update({
        bytesUploaded,
        partsDone: part.n,
        speed: bytesUploaded / Math.max(0.001, (Date.now() - started) / 1000),
        ...(last
          ? { status: 'completed', progress: 1, partsTotal: n, eta: 0, video: video ?? { videoId: videoId! } }
          : {}),
      });
      return video ?? { videoId: videoId! };
    });
    chain = next.catch(() => undefined);
    return next.catch(fail);
  };

  const flushIfFull = (): Promise<unknown> | undefined => {
    const size = buffered.reduce((sum, blob) => sum + blob.size, 0);
    if (size < partSize) return undefined;
    const blob = new Blob(buffered);
    buffered = [];
    return sendPart(blob, false);
  };

  function cancel() {
    if (master.signal.aborted) return;
    master.abort(new AbortError('The upload was cancelled.'));
    if (store.getSnapshot().status !== 'completed') store.update({ status: 'cancelled' });
  }

  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    async uploadPart(blob) {
      if (ended) throw new OptionsError('uploadPart() after uploadLastPart(): the recording is already complete.');
      if (master.signal.aborted) throw abortReason(master.signal);
      if (blob.size === 0) return;
      if (held) buffered.push(held);
      held = blob;
      await flushIfFull();
    },
    async uploadLastPart(blob) {
      if (ended) throw new OptionsError('uploadLastPart() was already called.');
      ended = true;
      if (held) buffered.push(held);
      held = undefined;
      if (blob.size > 0) buffered.push(blob);
      const last = new Blob(buffered);
      buffered = [];
      if (last.size === 0) {
        throw new OptionsError('Nothing to upload: every blob given was empty.', 'invalid_source');
      }
      return (await sendPart(last, true)) as UploadedVideo;
    },
    cancel,
  };
}
