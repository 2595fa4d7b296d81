import { assertApiKeyAllowed } from '../auth/browser-guard.js';
import { OptionsError } from '../errors.js';
import { createStore, type ReadableStore } from '../internal/store.js';
import { lazyCredential, pickCredential } from './credential-layers.js';
import { memoryResumeStore } from './memory-resume-store.js';
import type { UploadInput } from './source.js';
import type { UploadedVideo, UploadSnapshot } from './types.js';
import { createUpload, type Upload, type UploadOptions } from './upload.js';
import { FINISHED, summarizeUploads } from './queue-summary.js';
import type { VideoStatusFetcher } from '../status/video-status.js';
import type { ItemEncoding } from './follow-encoding.js';

/** What the queue tells its event listeners: a file started, progressed, finished or failed. */
export type UploadQueueEvent =
  | { type: 'start'; item: UploadQueueItem }
  | { type: 'progress'; item: UploadQueueItem }
  | { type: 'success'; item: UploadQueueItem; video: UploadedVideo }
  | { type: 'error'; item: UploadQueueItem; error: Error };

/** The queue's callbacks; each is read when it fires, so `setOptions` can replace it. */
export interface UploadQueueCallbacks {
  /** A file started sending (again after `retry`). */
  onUploadStart?: ((item: UploadQueueItem) => void) | undefined;
  /** A file's accepted bytes changed. */
  onProgress?: ((item: UploadQueueItem) => void) | undefined;
  /** A file was uploaded: the video api.video answered with. */
  onSuccess?: ((video: UploadedVideo, item: UploadQueueItem) => void) | undefined;
  /** A file failed for good (it can still be retried). */
  onError?: ((error: Error, item: UploadQueueItem) => void) | undefined;
}

/** Options of `createUploadQueue`: how many files at once, plus defaults for every upload. */
export interface UploadQueueOptions extends Omit<UploadOptions, 'file' | 'signal'>, UploadQueueCallbacks {
  /** Files uploaded at the same time. Default 2. */
  fileConcurrency?: number;
  /** Start files as soon as they are added. Default true; with `false`, call `start()`. */
  autoStart?: boolean;
  /**
   * Your status route (e.g. your backend proxying `GET /videos/{id}/status`): with it, each uploaded file's item
   * follows its video's encoding (`encoding`), so a row can say when it is ready or could not be processed.
   */
  getVideoStatus?: VideoStatusFetcher | undefined;
}

/** One file's controls, bound to it: the queue's `pause(id)`, `resume(id)`… for this file. */
export interface UploadQueueItemControls {
  pause(): void;
  resume(): void;
  /** Stops the file; its row stays until `remove`. */
  cancel(): void;
  /** Uploads a failed or cancelled file again, from the parts already accepted. */
  retry(): void;
  /** Cancels the file if it is running and drops its row. */
  remove(): void;
}

/** One file in the queue: everything a row shows, and the controls a row offers. */
export interface UploadQueueItem extends UploadQueueItemControls {
  id: string;
  /** The file's name when it has one (render it as text). */
  name: string;
  /** The file as added. */
  file: UploadInput;
  snapshot: UploadSnapshot;
  /** The upload itself (replaced by `retry`). */
  upload: Upload;
  /** After the upload, with `getVideoStatus`: `processing`, then `playable` or `failed` (it will never play). */
  encoding: ItemEncoding | undefined;
}

/** The queue's snapshot: totals over every file (same fields as one upload), plus each file's. */
export interface UploadQueueSnapshot extends UploadSnapshot {
  items: readonly UploadQueueItem[];
}

/** Many uploads with shared limits; a store like a single upload, plus events. */
export interface UploadQueue extends ReadableStore<UploadQueueSnapshot> {
  /** Adds a file (with options overriding the queue's defaults); it starts when a slot is free. Returns its id. */
  add(file: UploadInput, options?: Partial<Omit<UploadOptions, 'file'>>): string;
  /** Starts one added file, or every file not started yet (with `autoStart: false`). */
  start(id?: string): void;
  pause(id: string): void;
  resume(id: string): void;
  /** Cancels one file; its row stays until `remove`. */
  cancel(id: string): void;
  /** Uploads a failed or cancelled file again; parts already accepted are not sent again. */
  retry(id: string): void;
  /** Cancels the file if it is running and removes it. */
  remove(id: string): void;
  pauseAll(): void;
  resumeAll(): void;
  cancelAll(): void;
  /**
   * Replaces some options. Credentials and callbacks are read when needed, so they apply at once; upload settings
   * apply to files started afterwards; a larger `fileConcurrency` starts waiting files.
   */
  setOptions(options: Partial<UploadQueueOptions>): void;
  /** Listens to each file's start, progress, success and error; returns the function that stops listening. */
  on(listener: (event: UploadQueueEvent) => void): () => void;
}

interface Entry {
  id: string;
  name: string;
  file: UploadInput;
  options: Partial<Omit<UploadOptions, 'file'>>;
  upload: Upload;
  last: UploadSnapshot;
  off: () => void;
  /** Asked to start (by `autoStart` or `start()`). */
  wanted: boolean;
  started: boolean;
  controls: UploadQueueItemControls;
  encoding?: ItemEncoding | undefined;
  unfollow?: (() => void) | undefined;
}

/**
 * Uploads many files, `fileConcurrency` at a time, each with `createUpload` and the queue's defaults. Fires each
 * file's start, progress, success and error once, to the `on*` options and to `on()` listeners.
 *
 * @example
 * const queue = createUploadQueue({ uploadToken, fileConcurrency: 2, onSuccess: (video) => save(video.videoId) });
 * for (const file of input.files) queue.add(file);
 * queue.subscribe(() => render(queue.getSnapshot()));
 */
export function createUploadQueue(options: UploadQueueOptions = {}): UploadQueue {
  let current: UploadQueueOptions = {};
  const entries: Entry[] = [];
  const listeners = new Set<(event: UploadQueueEvent) => void>();
  let seq = 0;
  let pausedAll = false;
  const store = createStore<UploadQueueSnapshot>(summarizeUploads([], false));
  // Kept per queue so `retry` continues a file where it stopped.
  const resume = memoryResumeStore();

  const setOptions = (next: Partial<UploadQueueOptions>) => {
    const merged = { ...current, ...next };
    const { fileConcurrency = 2 } = merged;
    if (!Number.isInteger(fileConcurrency) || fileConcurrency < 1) {
      throw new OptionsError(`fileConcurrency must be a whole number of at least 1; got ${fileConcurrency}.`);
    }
    // Files start later; a key must be refused when it is given, not when the first file fails.
    assertApiKeyAllowed(merged.apiKey, merged.dangerouslyAllowBrowser);
    current = merged;
  };
  setOptions(options);

  const itemOf = (entry: Entry): UploadQueueItem =>
    store.getSnapshot().items.find((item) => item.id === entry.id) ?? toItem(entry);

  const emit = (event: UploadQueueEvent) => {
    const { onUploadStart, onProgress, onSuccess, onError } = current;
    if (event.type === 'start') onUploadStart?.(event.item);
    else if (event.type === 'progress') onProgress?.(event.item);
    else if (event.type === 'success') onSuccess?.(event.video, event.item);
    else onError?.(event.error, event.item);
    for (const listener of [...listeners]) listener(event);
  };

  const transitions = (entry: Entry, before: UploadSnapshot, now: UploadSnapshot) => {
    const item = itemOf(entry);
    if (before.status === 'idle' && now.status !== 'idle') {
      emit({ type: 'start', item });
    }
    if (before.bytesUploaded !== now.bytesUploaded) emit({ type: 'progress', item });
    if (now.status === 'completed' && before.status !== 'completed' && now.video) {
      emit({ type: 'success', item, video: now.video });
      if (current.getVideoStatus) follow(entry, now.video.videoId, current.getVideoStatus);
    }
    if (now.status === 'failed' && before.status !== 'failed' && now.error) {
      emit({ type: 'error', item, error: now.error });
    }
  };

  const attach = (entry: Entry) => {
    entry.upload = createUpload({
      resume,
      ...uploadSettings(current),
      ...uploadSettings(entry.options),
      ...lazyCredential(() => pickCredential(current, entry.options)),
      file: entry.file,
    });
    entry.last = entry.upload.getSnapshot();
    entry.started = false;
    entry.off = entry.upload.subscribe(() => {
      const before = entry.last;
      entry.last = entry.upload.getSnapshot();
      refresh();
      transitions(entry, before, entry.last);
      pump();
    });
  };

  // The status follower loads on demand: queues without `getVideoStatus` never fetch it.
  const follow = (entry: Entry, videoId: string, fetcher: VideoStatusFetcher) => {
    setEncoding(entry, 'processing');
    void import('./follow-encoding.js').then(({ followEncoding }) => {
      if (entries.includes(entry) && entry.encoding === 'processing') {
        entry.unfollow = followEncoding(videoId, fetcher, (encoding) => setEncoding(entry, encoding));
      }
    });
  };
  const setEncoding = (entry: Entry, encoding: ItemEncoding | undefined) => {
    entry.encoding = encoding;
    if (encoding !== 'processing') entry.unfollow?.();
    refresh();
  };

  let summarizedPaused = false;
  // Only a real change makes a new snapshot, so `setOptions` from a render loop never notifies by itself.
  const refresh = () => {
    const { items } = store.getSnapshot();
    const same =
      summarizedPaused === pausedAll &&
      items.length === entries.length &&
      items.every(
        (item, i) =>
          item.upload === entries[i]!.upload &&
          item.snapshot === entries[i]!.last &&
          item.encoding === entries[i]!.encoding,
      );
    if (same) return;
    summarizedPaused = pausedAll;
    store.set(summarizeUploads(entries.map(toItem), pausedAll));
  };

  const pump = () => {
    const limit = current.fileConcurrency ?? 2;
    let running = entries.filter((e) => e.started && !FINISHED.includes(e.upload.getSnapshot().status)).length;
    for (const entry of entries) {
      if (running >= limit) break;
      if (entry.started || !entry.wanted) continue;
      entry.started = true;
      running++;
      if (pausedAll) entry.upload.pause();
      void entry.upload.start().catch(() => undefined);
    }
    refresh();
  };

  const find = (id: string) => entries.find((e) => e.id === id);

  const queue: UploadQueue = {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    add(file, itemOptions = {}) {
      const id = `upload-${++seq}`;
      const name = typeof file === 'string' ? file.split(/[\\/]/).pop()! : ((file as Partial<File>).name ?? id);
      const controls: UploadQueueItemControls = {
        pause: () => queue.pause(id),
        resume: () => queue.resume(id),
        cancel: () => queue.cancel(id),
        retry: () => queue.retry(id),
        remove: () => queue.remove(id),
      };
      const entry = { id, name, file, options: itemOptions, wanted: current.autoStart ?? true, controls } as Entry;
      attach(entry);
      entries.push(entry);
      pump();
      return id;
    },
    start(id) {
      for (const entry of entries) if (id === undefined || entry.id === id) entry.wanted = true;
      pump();
    },
    pause: (id) => find(id)?.upload.pause(),
    resume: (id) => find(id)?.upload.resume(),
    cancel(id) {
      const entry = find(id);
      if (!entry) return;
      entry.started = true;
      entry.upload.cancel();
    },
    retry(id) {
      const entry = find(id);
      if (!entry || !['failed', 'cancelled'].includes(entry.upload.getSnapshot().status)) return;
      entry.off();
      setEncoding(entry, undefined);
      attach(entry);
      entry.wanted = true;
      pump();
    },
    remove(id) {
      const entry = find(id);
      if (!entry) return;
      entry.upload.cancel();
      entry.off();
      entry.unfollow?.();
      entries.splice(entries.indexOf(entry), 1);
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
        // Nothing polls after an uploader is gone (adapters cancel all on unmount).
        entry.unfollow?.();
      }
      refresh();
    },
    setOptions(next) {
      setOptions(next);
      pump();
    },
    on(listener) {
      const own = (event: UploadQueueEvent) => listener(event);
      listeners.add(own);
      return () => void listeners.delete(own);
    },
  };
  return queue;
}

// The queue's own options, not passed to `createUpload`.
const NOT_UPLOAD_SETTINGS = [
  'fileConcurrency',
  'autoStart',
  'getVideoStatus',
  'onUploadStart',
  'onProgress',
  'onSuccess',
  'onError',
];

function uploadSettings(options: object): Partial<UploadOptions> {
  const settings: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined && !NOT_UPLOAD_SETTINGS.includes(key)) settings[key] = value;
  }
  return settings;
}

function toItem(entry: Entry): UploadQueueItem {
  return {
    id: entry.id,
    name: entry.name,
    file: entry.file,
    upload: entry.upload,
    snapshot: entry.last,
    encoding: entry.encoding,
    ...entry.controls,
  };
}
