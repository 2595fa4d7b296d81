import { mkdir, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import type { EmulatorEvents } from '../events.js';
import { newId } from '../util/ids.js';
import { timestamp } from '../util/time.js';
import { fsyncDir } from '../util/fs.js';
import { DocStore } from './docs.js';
import type { PartStore } from './parts.js';
import type { DataPaths } from './paths.js';
import { emptyEncoding } from './types.js';
import type { IngestStatus, VideoEncoding, VideoRecord } from './types.js';

/** The fields a new video can be created with. */
export type NewVideo = Partial<Omit<VideoRecord, 'videoId' | 'createdAt' | 'updatedAt' | 'upload' | 'encoding'>> & {
  title: string;
};

/** `GET /videos/{id}/status` as api.video shapes it. */
export interface VideoStatus {
  ingest: {
    status?: IngestStatus;
    filesize: number | null;
    receivedBytes: { from: number; to: number; total: number }[];
    receivedParts: { parts: number[]; total: number | null };
  };
  encoding: VideoEncoding;
}

/** Videos and their upload/encoding state. */
export class VideoStore {
  readonly #docs: DocStore<VideoRecord>;
  readonly #parts: PartStore;
  readonly #events: EmulatorEvents;
  readonly #paths: DataPaths;

  constructor(db: DatabaseSync, parts: PartStore, events: EmulatorEvents, paths: DataPaths) {
    this.#docs = new DocStore(db, 'video');
    this.#parts = parts;
    this.#events = events;
    this.#paths = paths;
  }

  /** A video, discarded or not. */
  get(videoId: string): VideoRecord | undefined {
    return this.#docs.get(videoId);
  }

  /** Every video, discarded or not, oldest first. */
  list(): VideoRecord[] {
    return this.#docs.all();
  }

  create(input: NewVideo): VideoRecord {
    const now = timestamp();
    const video: VideoRecord = {
      description: '',
      tags: [],
      metadata: [],
      public: true,
      panoramic: false,
      mp4Support: true,
      language: null,
      languageOrigin: null,
      transcript: false,
      transcriptSummary: false,
      discarded: false,
      discardedAt: null,
      deletesAt: null,
      source: { type: 'upload' },
      ingestStatus: null,
      publishedAt: now,
      ...input,
      videoId: newId('vi'),
      createdAt: now,
      updatedAt: now,
      upload: { mode: null, total: null, assembled: false, size: null },
      encoding: emptyEncoding(),
    };
    this.#docs.insert(video.videoId, video);
    this.#events.emit('video:created', { videoId: video.videoId });
    return video;
  }

  /** Changes a stored video. `touch` updates `updatedAt` (API edits do; internal state changes do not). */
  update(videoId: string, change: (video: VideoRecord) => VideoRecord, touch = false): VideoRecord | undefined {
    return this.#docs.update(videoId, (video) => {
      const next = change(video);
      return touch ? { ...next, updatedAt: timestamp() } : next;
    });
  }

  /** Removes a video's record for good (its files are the caller's business). */
  purge(videoId: string): void {
    this.#docs.delete(videoId);
    this.#parts.clear(videoId);
  }

  /** Sets `ingest.status` (the media module moves it through ingesting → ingested). */
  setIngestStatus(videoId: string, status: IngestStatus): VideoRecord | undefined {
    return this.update(videoId, (video) => ({ ...video, ingestStatus: status }));
  }

  /** Changes the `encoding` part of a video's status (qualities, playable, metadata). */
  updateEncoding(videoId: string, change: (encoding: VideoEncoding) => VideoEncoding): VideoRecord | undefined {
    return this.update(videoId, (video) => ({ ...video, encoding: change(video.encoding) }));
  }

  /**
   * Makes `file` the complete source of a video (a URL import, a clone, a live recording): moves it into place,
   * marks the upload done and emits `source:assembled`. `file` must be on the data directory's file system.
   */
  async attachSource(videoId: string, file: string, size: number): Promise<void> {
    const target = this.#paths.source(videoId);
    await mkdir(dirname(target), { recursive: true });
    await rename(file, target);
    await fsyncDir(dirname(target));
    this.update(videoId, (video) => ({
      ...video,
      upload: { ...video.upload, mode: video.upload.mode ?? 'single', assembled: true, size },
      ingestStatus: 'uploaded',
    }));
    this.#events.emit('source:assembled', { videoId, path: target });
  }

  /** The status as `GET /videos/{id}/status` answers it. */
  status(video: VideoRecord): VideoStatus {
    const parts = video.upload.assembled ? [] : this.#parts.list(video.videoId);
    const ingest: VideoStatus['ingest'] = {
      filesize: video.upload.size,
      receivedBytes: [],
      receivedParts: { parts: [], total: null },
    };
    if (video.ingestStatus) ingest.status = video.ingestStatus;
    if (video.upload.assembled && video.upload.size !== null) {
      const size = video.upload.size;
      ingest.receivedBytes = size > 0 ? [{ from: 0, to: size - 1, total: size }] : [];
      if (video.upload.mode === 'part' && video.upload.total !== null) {
        ingest.receivedParts = {
          parts: Array.from({ length: video.upload.total }, (_, i) => i + 1),
          total: video.upload.total,
        };
      }
    } else if (video.upload.mode === 'bytes') {
      const total = video.upload.total ?? 0;
      ingest.filesize = video.upload.total;
      ingest.receivedBytes = mergeRanges(
        parts.map((p) => ({ from: p.start ?? 0, to: (p.start ?? 0) + p.size - 1 })),
      ).map((range) => ({ ...range, total }));
    } else if (video.upload.mode === 'part') {
      ingest.receivedParts = { parts: parts.map((p) => p.key), total: video.upload.total };
      // Offsets are only known for the run of parts that starts at part 1.
      let end = 0;
      for (let n = 1; ; n++) {
        const part = parts.find((p) => p.key === n);
        if (!part) break;
        end += part.size;
      }
      if (end > 0) ingest.receivedBytes = [{ from: 0, to: end - 1, total: end }];
    }
    return { ingest, encoding: video.encoding };
  }
}

function mergeRanges(ranges: { from: number; to: number }[]): { from: number; to: number }[] {
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  const out: { from: number; to: number }[] = [];
  for (const range of sorted) {
    const last = out.at(-1);
    if (last && range.from <= last.to + 1) last.to = Math.max(last.to, range.to);
    else out.push({ ...range });
  }
  return out;
}
