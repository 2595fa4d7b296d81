import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import type { EmulatorContext } from '../context.js';
import { receiveForm } from '../http/multipart.js';
import type { ReceivedForm } from '../http/multipart.js';
import type { PartRow } from '../store/parts.js';
import type { VideoRecord } from '../store/types.js';
import { fsyncDir, fsyncFile } from '../util/fs.js';
import { badRequest, notFound } from '../problems.js';
import { parseContentRange } from './content-range.js';
import type { ContentRange } from './content-range.js';
import { checkBeforeBody, checkPart, isComplete, tooLargeSingleRequest, tooLargeVideo } from './rules.js';
import type { UploadState } from './rules.js';

/** How the video of an upload is found: known up front (`/videos/{id}/source`) or from the form (`/upload`). */
export type VideoResolver =
  { video: VideoRecord } | { fromForm: (form: ReceivedForm) => { video: VideoRecord; created: boolean } };

/** Receives upload parts, keeps them durable, and assembles the source once every part is in. */
export class Ingest {
  readonly #ctx: EmulatorContext;
  /** Parts being received right now, per video, so concurrent duplicates collide before their bodies are read. */
  readonly #inflight = new Map<string, PartRow[]>();
  readonly #assembling = new Map<string, Promise<void>>();

  constructor(ctx: EmulatorContext) {
    this.#ctx = ctx;
  }

  state(video: VideoRecord, exclude?: PartRow): UploadState {
    const inflight = (this.#inflight.get(video.videoId) ?? []).filter((p) => p !== exclude);
    return {
      mode: video.upload.mode,
      total: video.upload.total,
      assembled: video.upload.assembled,
      parts: [...this.#ctx.parts.list(video.videoId), ...inflight],
    };
  }

  /** Handles one upload request; resolves with the video once the part is durable (and assembled if last). */
  async receive(request: FastifyRequest, resolver: VideoResolver): Promise<VideoRecord> {
    const { limits } = this.#ctx.options;
    const range = parseContentRange(request.headers['content-range']);
    let claim: { videoId: string; row: PartRow } | undefined;
    if ('video' in resolver) {
      checkBeforeBody(this.state(resolver.video), range, limits);
      claim = this.#claim(resolver.video.videoId, range);
    }
    let form: ReceivedForm | undefined;
    try {
      const maxBytes = range ? limits.maxVideoBytes : limits.singleRequestBytes;
      form = await receiveForm(
        request,
        this.#ctx.paths.tmp,
        maxBytes,
        () => (range ? tooLargeVideo(limits) : tooLargeSingleRequest(limits)),
        this.#ctx.faults.bandwidthBps,
      );
      // api.video has no empty parts: a client always holds back bytes for the last one.
      if (form.file.size === 0) throw emptyFile();
      const resolved = 'video' in resolver ? { video: resolver.video, created: false } : resolver.fromForm(form);
      const video = this.#ctx.videos.get(resolved.video.videoId);
      // Deleted while the body was arriving: the part belongs to nothing a client may continue.
      if (!video || video.discarded) throw notFound('videoId');
      try {
        return await this.#commit(video, range, form, claim?.row);
      } catch (error) {
        // A video created by a request whose part was refused would be an empty leftover.
        if (resolved.created) this.#ctx.videos.purge(video.videoId);
        throw error;
      }
    } finally {
      if (claim) this.#release(claim.videoId, claim.row);
      if (form) await rm(form.file.path, { force: true });
    }
  }

  #claim(videoId: string, range: ContentRange | undefined): { videoId: string; row: PartRow } {
    const row: PartRow = !range
      ? { key: 1, start: 0, size: 0 }
      : range.kind === 'part'
        ? { key: range.part, start: null, size: 0 }
        : { key: range.from, start: range.from, size: range.to - range.from + 1 };
    const list = this.#inflight.get(videoId) ?? [];
    list.push(row);
    this.#inflight.set(videoId, list);
    return { videoId, row };
  }

  #release(videoId: string, row: PartRow): void {
    const list = (this.#inflight.get(videoId) ?? []).filter((p) => p !== row);
    if (list.length) this.#inflight.set(videoId, list);
    else this.#inflight.delete(videoId);
  }

  async #commit(
    video: VideoRecord,
    range: ContentRange | undefined,
    form: ReceivedForm,
    ownClaim: PartRow | undefined,
  ): Promise<VideoRecord> {
    const { limits } = this.#ctx.options;
    // Synchronous from the check to the claim: no other request can slip in between.
    const placement = checkPart(this.state(video, ownClaim), range, form.file.size, limits);
    const claim = ownClaim ? undefined : this.#claim(video.videoId, range);
    try {
      const dir = this.#ctx.paths.uploadDir(video.videoId);
      const partPath = join(dir, `part-${placement.key}`);
      await mkdir(dir, { recursive: true });
      await rename(form.file.path, partPath);
      await fsyncDir(dir);
      // Synchronous from this check to the insert: a delete that came in while the part was being written wins.
      const current = this.#ctx.videos.get(video.videoId);
      if (!current || current.discarded) {
        await rm(partPath, { force: true });
        throw notFound('videoId');
      }
      // The part is on disk; recording it makes it acknowledged.
      this.#ctx.parts.insert(video.videoId, { key: placement.key, start: placement.start, size: form.file.size });
      const updated = this.#ctx.videos.update(video.videoId, (current) => ({
        ...current,
        upload: { ...current.upload, mode: placement.mode, total: placement.total ?? current.upload.total },
        ingestStatus: current.ingestStatus ?? 'uploading',
      }))!;
      if (isComplete(placement.mode, updated.upload.total, this.#ctx.parts.list(video.videoId))) {
        await this.assemble(video.videoId);
      }
      return this.#ctx.videos.get(video.videoId) ?? updated;
    } finally {
      if (claim) this.#release(video.videoId, claim.row);
    }
  }

  /** Concatenates the parts into the source, durably, and emits `source:assembled`. Idempotent. */
  assemble(videoId: string): Promise<void> {
    const running = this.#assembling.get(videoId);
    if (running) return running;
    const job = this.#assemble(videoId).finally(() => this.#assembling.delete(videoId));
    this.#assembling.set(videoId, job);
    return job;
  }

  async #assemble(videoId: string): Promise<void> {
    const video = this.#ctx.videos.get(videoId);
    if (!video || video.upload.assembled) return;
    const parts = this.#ctx.parts.list(videoId).sort((a, b) => (a.start ?? a.key) - (b.start ?? b.key));
    const dir = this.#ctx.paths.uploadDir(videoId);
    const target = this.#ctx.paths.source(videoId);
    await mkdir(dirname(target), { recursive: true });
    const partial = `${target}.partial`;
    // One pipeline over every part: a pipeline per part into the same stream (`end: false`) leaves its listeners
    // on it, and a video of more than ten parts set off Node's MaxListenersExceededWarning.
    await pipeline(async function* () {
      for (const part of parts) yield* createReadStream(join(dir, `part-${part.key}`));
    }, createWriteStream(partial));
    await fsyncFile(partial);
    await rename(partial, target);
    await fsyncDir(dirname(target));
    const size = parts.reduce((sum, p) => sum + p.size, 0);
    this.#ctx.videos.update(videoId, (current) => ({
      ...current,
      upload: { ...current.upload, assembled: true, size },
      ingestStatus: 'uploaded',
    }));
    this.#ctx.parts.clear(videoId);
    await rm(dir, { recursive: true, force: true });
    this.#ctx.events.emit('source:assembled', { videoId, path: target });
  }

  /** After a restart: assembles uploads whose every part was acknowledged but which were not assembled. */
  async recover(): Promise<void> {
    for (const video of this.#ctx.videos.list()) {
      if (video.upload.assembled || video.upload.mode === null) continue;
      if (isComplete(video.upload.mode, video.upload.total, this.#ctx.parts.list(video.videoId))) {
        await this.assemble(video.videoId);
      }
    }
  }
}

function emptyFile() {
  return badRequest('uploaded-file-no-file', 'There is no uploaded file in the request.', 'file').withDetail(
    'The uploaded file is empty (0 bytes).',
  );
}
