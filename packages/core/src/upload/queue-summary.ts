import type { UploadQueueItem, UploadQueueSnapshot } from './queue.js';
import type { UploadStatus } from './types.js';

/** The statuses an upload ends in. */
export const FINISHED: readonly UploadStatus[] = ['completed', 'failed', 'cancelled'];

/** The queue's totals over its files: bytes and parts summed, speed of the running ones, and one overall status. */
export function summarizeUploads(items: readonly UploadQueueItem[], pausedAll: boolean): UploadQueueSnapshot {
  let bytesUploaded = 0;
  let bytesTotal = 0;
  let speed = 0;
  let partsDone = 0;
  let partsTotal = 0;
  let attempt = 1;
  for (const { snapshot } of items) {
    bytesUploaded += snapshot.bytesUploaded;
    bytesTotal += snapshot.bytesTotal;
    partsDone += snapshot.partsDone;
    partsTotal += snapshot.partsTotal;
    if (snapshot.status === 'uploading' || snapshot.status === 'retrying') speed += snapshot.speed;
    attempt = Math.max(attempt, snapshot.attempt);
  }
  const error = items.find((i) => i.snapshot.error)?.snapshot.error;
  return {
    status: overallStatus(items, pausedAll),
    bytesUploaded,
    bytesTotal,
    progress: bytesTotal > 0 ? Math.min(1, bytesUploaded / bytesTotal) : 0,
    speed,
    eta: speed > 0 ? (bytesTotal - bytesUploaded) / speed : undefined,
    partsDone,
    partsTotal,
    attempt,
    ...(error ? { error } : {}),
    items,
  };
}

// The most telling status wins: any file moving, then paused, waiting, failed, done, cancelled.
function overallStatus(items: readonly UploadQueueItem[], pausedAll: boolean): UploadStatus {
  if (items.length === 0) return 'idle';
  const statuses = new Set(items.map((i) => i.snapshot.status));
  const running = items.some((i) => !FINISHED.includes(i.snapshot.status));
  if (statuses.has('retrying')) return 'retrying';
  if (statuses.has('uploading')) return 'uploading';
  if (running && (pausedAll || statuses.has('paused'))) return 'paused';
  for (const status of ['idle', 'failed', 'completed'] as const) if (statuses.has(status)) return status;
  return 'cancelled';
}
