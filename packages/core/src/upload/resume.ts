// Loaded on demand when `resume` is set: restoring saved progress and choosing the default store.
import { UploadError, VidkitError } from '../errors.js';
import { ApiError } from '../api-error.js';
import { defaultResumeStore, type ResumeStore } from './resume-store.js';

export { defaultResumeStore } from './resume-store.js';

interface VideoStatus {
  ingest?: { receivedParts?: { parts?: number[] } };
}

export interface RestoreRequest {
  store: ResumeStore;
  key: string;
  partSize: number;
  partsTotal: number;
  /** The `videoId` option, when the caller named the video. */
  videoId: string | undefined;
  /** Bearer mode: reads `GET /videos/{id}/status`. Token mode cannot, and trusts the saved parts. */
  json: (<T>(method: 'GET', path: string) => Promise<T>) | undefined;
}

/**
 * The saved video and the parts it already has, or `undefined` to start afresh (nothing saved, another part
 * size, another video, or the API no longer knows the video).
 */
export async function restore(request: RestoreRequest): Promise<{ videoId: string; done: number[] } | undefined> {
  const saved = await request.store.get(request.key);
  if (
    !saved ||
    saved.partSize !== request.partSize ||
    saved.partsTotal !== request.partsTotal ||
    (request.videoId && request.videoId !== saved.videoId)
  ) {
    return undefined;
  }
  let done = saved.partsDone;
  if (request.json) {
    try {
      const status = await request.json<VideoStatus>('GET', `/videos/${saved.videoId}/status`);
      // The API is the truth: it may hold parts whose answers were lost.
      done = status.ingest?.receivedParts?.parts ?? [];
    } catch (error) {
      if (error instanceof VidkitError && (error.status === 404 || error.status === 403)) return undefined;
      throw error;
    }
  } else if (done.length === request.partsTotal) {
    // Unable to ask the API, send the last part again: its answer (or "already uploaded") ends the upload.
    done = done.slice(0, -1);
  }
  return { videoId: saved.videoId, done: done.filter((n) => n >= 1 && n <= request.partsTotal) };
}

/** An upload's resume state: what to continue from, and the writes that keep it. */
export interface Resumer {
  /** Saved progress to continue from, when there is usable progress. */
  saved: { videoId: string; done: number[] } | undefined;
  /** Queues a write of the progress; writes run in order and never throw. */
  save(videoId: string, done: Iterable<number>): void;
  /** Resolves when the queued writes are done. */
  flush(): Promise<unknown>;
  /** Waits for the writes, then forgets the file: the upload is complete. */
  clear(): Promise<void>;
  /** True when the saved video was refused (deleted, or another upload token): the file starts over. */
  refused(error: unknown): boolean;
}

/** Opens the resume state of one upload (`resume: true` picks the environment's default store). */
export async function openResumer(
  option: true | ResumeStore,
  request: Omit<RestoreRequest, 'store'>,
  useSaved: boolean,
): Promise<Resumer> {
  const store = option === true ? defaultResumeStore() : option;
  const saved = useSaved ? await restore({ ...request, store }) : undefined;
  let saving: Promise<unknown> = Promise.resolve();
  const flush = () => saving;
  return {
    saved,
    save(videoId, done) {
      const state = {
        videoId,
        partSize: request.partSize,
        partsTotal: request.partsTotal,
        partsDone: [...done],
        updatedAt: Date.now(),
      };
      saving = saving.then(() => store.set(request.key, state)).catch(() => undefined);
    },
    flush,
    async clear() {
      await flush();
      await store.delete(request.key);
    },
    refused(error) {
      const cause = error instanceof UploadError ? error.cause : error;
      return (
        saved !== undefined &&
        cause instanceof ApiError &&
        (cause.status === 404 || cause.status === 403 || (cause.status === 400 && cause.field === 'videoId'))
      );
    },
  };
}
