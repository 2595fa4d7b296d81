import { assertApiKeyAllowed } from '../auth/browser-guard.js';
import { OptionsError } from '../errors.js';
import { createStore, type ReadableStore } from '../internal/store.js';
import { memoryResumeStore } from './resume-store.js';
import type { UploadInput } from './source.js';
import type { UploadSnapshot, UploadStatus } from './types.js';
import { createUpload, type Upload, type UploadOptions } from './upload.js';

/** Options of `createUploadQueue`: how many files at once, plus defaults for every upload. */
export interface UploadQueueOptions extends Omit<UploadOptions, 'file' | 'signal'> {
  /** Files uploaded at the same time. Default 2. */
  fileConcurrency?: number;
}

/** One file in the queue. */
export interface UploadQueueItem {
  id: string;
  /** The file's name when it has one. */
  name: string;
  snapshot: UploadSnapshot;
  /** The upload itself (replaced by `retry`). */
  upload: Upload;
}

/** The queue's snapshot: totals over every file (same fields as one upload), plus each file's. */
export interface UploadQueueSnapshot extends UploadSnapshot {
  items: readonly UploadQueueItem[];
}

/** Many uploads with shared limits; a store like a single upload. */
export interface UploadQueue extends ReadableStore<UploadQueueSnapshot> {
  /** Adds a file (with options overriding the queue's defaults); it starts when a slot is free. Returns its id. */
  add(file: UploadInput, options?: Partial<Omit<UploadOptions, 'file'>>): string;
  /** Cancels the file if it is running and removes it. */
  remove(id: string): void;
  /** Uploads a failed or cancelled file again; parts already accepted are not sent again. */
  retry(id: string): void;
  pauseAll(): void;
  resumeAll(): void;
  cancelAll(): void;
}

const FINISHED: readonly UploadStatus[] = ['completed', 'failed', 'cancelled'];

/**
 * Uploads many files, `fileConcurrency` at a time, each with `createUpload` and the queue's defaults.
 *
 * @example
 * const queue = createUploadQueue({ uploadToken, fileConcurrency: 2 });
 * for (const file of input.files) queue.add(file);
 * queue.subscribe(() => render(queue.getSnapshot()));
 */
export function createUploadQueue(options: UploadQueueOptions): UploadQueue {
  const { fileConcurrency = 2, ...defaults } = options;
  // Files start later; a key must be refused when the queue is made, not when the first file fails.
  assertApiKeyAllowed(defaults.apiKey, defaults.dangerouslyAllowBrowser);
  if (!Number.isInteger(fileConcurrency) || fileConcurrency < 1) {
    throw new OptionsError(`fileConcurrency must be a whole number of at least 1; got ${fileConcurrency}.`);
  }
  // Kept per queue so `retry` continues a file where it stopped.
  const resume = defaults.resume ?? memoryResumeStore();
  interface Entry {
    id: string;
    name: string;
    file: UploadInput;
    options: Partial<Omit<UploadOptions, 'file'>>;
    upload: Upload;
    off: () => void;
    started: boolean;
  }
  const entries: Entry[] = [];
  let seq = 0;
  let pausedAll = false;
  const store = createStore<UploadQueueSnapshot>(summarize([], false));

  const refresh = () => store.set(summarize(entries, pausedAll));

  const make = (entry: Omit<Entry, 'upload' | 'off' | 'started'>): Entry => {
    const upload = createUpload({ ...defaults, resume, ...entry.options, file: entry.file });
    const full = entry as Entry;
    full.upload = upload;
    full.started = false;
    full.off = upload.subscribe(() => {
      refresh();
      pump();
    });
    return full;
  };

  const pump = () => {
    let running = entries.filter((e) => e.started && !FINISHED.includes(e.upload.getSnapshot().status)).length;
    for (const entry of entries) {
      if (running >= fileConcurrency) break;
      if (entry.started) continue;
      entry.started = true;
      running++;
      if (pausedAll) entry.upload.pause();
      void entry.upload.start().catch(() => undefined);
    }
    refresh();
  };

  const find = (id: string) => entries.find((e) => e.id === id);

  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    add(file, itemOptions = {}) {
      const id = `upload-${++seq}`;
      const name = typeof file === 'string' ? file.split(/[\\/]/).pop()! : ((file as Partial<File>).name ?? id);
      entries.push(make({ id, name, file, options: itemOptions }));
      pump();
      return id;
    },
    remove(id) {
      const entry = find(id);
      if (!entry) return;
      entry.upload.cancel();
      entry.off();
      entries.splice(entries.indexOf(entry), 1);
      pump();
    },
    retry(id) {
      const entry = find(id);
      if (!entry || !['failed', 'cancelled'].includes(entry.upload.getSnapshot().status)) return;
      entry.off();
      make(entry);
      pump();
    },
    pauseAll() {
      pausedAll = true;
      for (const entry of entries) entry.upload.pause();
      refresh();
    },
    resumeAll() {
      pausedAll = false;
      for (const entry of entries) entry.upload.resume();
      refresh();
    },
    cancelAll() {
      for (const entry of entries) {
        entry.started = true;
        entry.upload.cancel();
      }
      refresh();
    },
  };
}

function summarize(
  entries: readonly { id: string; name: string; upload: Upload }[],
  pausedAll: boolean,
): UploadQueueSnapshot {
  const items = entries.map((e) => ({ id: e.id, name: e.name, upload: e.upload, snapshot: e.upload.getSnapshot() }));
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
  const statuses = new Set(items.map((i) => i.snapshot.status));
  const has = (status: UploadStatus) => statuses.has(status);
  const running = items.some((i) => !FINISHED.includes(i.snapshot.status));
  const status: UploadStatus =
    items.length === 0
      ? 'idle'
      : has('retrying')
        ? 'retrying'
        : has('uploading')
          ? 'uploading'
          : running && (pausedAll || has('paused'))
            ? 'paused'
            : has('idle')
              ? 'idle'
              : has('failed')
                ? 'failed'
                : has('completed')
                  ? 'completed'
                  : 'cancelled';
  const error = items.find((i) => i.snapshot.error)?.snapshot.error;
  return {
    status,
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
