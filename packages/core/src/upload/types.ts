import type { Video } from '../client/types.js';

/** The Video object api.video answers an upload with. */
export type UploadedVideo = Video;

/** Where an upload stands. */
export type UploadStatus = 'idle' | 'uploading' | 'paused' | 'retrying' | 'completed' | 'failed' | 'cancelled';

/** The immutable snapshot an upload store hands to listeners. */
export interface UploadSnapshot {
  status: UploadStatus;
  /** Bytes the API has accepted. */
  bytesUploaded: number;
  /** File size (for a stream: the bytes read so far, final once it ends). */
  bytesTotal: number;
  /**
   * 0–1, never goes backwards: the bytes sent, parts in flight included, where the platform reports them (browsers,
   * file paths in Node), else the bytes accepted; at most 0.99 until the API has accepted every part. Stays 0 for a
   * stream of unknown size until it completes.
   */
  progress: number;
  /** Smoothed bytes per second. */
  speed: number;
  /** Seconds left at the current speed, `undefined` until there is a speed. */
  eta: number | undefined;
  partsDone: number;
  /** `0` until known. */
  partsTotal: number;
  /** The attempt number of the part being retried (1 when nothing is retrying). */
  attempt: number;
  error?: Error;
  video?: UploadedVideo;
}

/** The snapshot of an upload that has not started: what a UI shows before there is a file. */
export const IDLE_UPLOAD_SNAPSHOT: UploadSnapshot = Object.freeze({
  status: 'idle',
  bytesUploaded: 0,
  bytesTotal: 0,
  progress: 0,
  speed: 0,
  eta: undefined,
  partsDone: 0,
  partsTotal: 0,
  attempt: 1,
});
