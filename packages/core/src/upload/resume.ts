// Loaded on demand when `resume` is set: restoring saved progress and choosing the default store.
import { VidkitError } from '../errors.js';
import type { ResumeStore } from './resume-store.js';

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
