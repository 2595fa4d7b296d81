import { randomBytes } from 'node:crypto';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { startHlsPackager, PLAYLIST_FILE, type HlsPackager } from './hls-packager.js';
import type { PublishRequest, PublishSink } from './rtmp/connection.js';
import { snapshotBroadcast } from './snapshot.js';

/** What the broadcast registry needs from the emulator: its live streams, webhooks and the video pipeline. */
export interface BroadcastHost {
  /** Directory under which each broadcast's segments (and recording) are written. */
  liveDir: string;
  /** The live stream a stream key publishes to, or undefined for an unknown key. */
  findStream(streamKey: string): { liveStreamId: string } | undefined;
  /** Persists the stream's `broadcasting` flag. */
  setBroadcasting(liveStreamId: string, broadcasting: boolean): void;
  /** Sends a webhook event (`live-stream.broadcast.started`/`ended`). */
  notify(type: 'live-stream.broadcast.started' | 'live-stream.broadcast.ended', liveStreamId: string): void;
  /** When set, every broadcast is recorded and handed over as a new video once it ends. */
  recorded?: (liveStreamId: string, recordingPath: string) => Promise<void>;
  log(message: string): void;
  ffmpegPath?: string;
}

/** A broadcast in progress. */
export interface Broadcast {
  liveStreamId: string;
  /** Random per broadcast; part of segment URLs so a stale player never mixes two broadcasts' segments. */
  session: string;
  dir: string;
  startedAt: Date;
}

/** A broadcast's segment directory or recording, named after its session. */
const SESSION_ENTRY = /^[0-9a-f]{12}(\.mp4)?$/;

interface ActiveBroadcast extends Broadcast {
  packager: HlsPackager;
  disconnect(): void;
  /** The last snapshot, shared by concurrent requests. */
  snapshot?: { at: number; image: Promise<Buffer | undefined> };
}

const SNAPSHOT_TTL_MS = 5000;

/** The broadcasts in progress, one per live stream at most, and their lifecycle. */
export class Broadcasts {
  readonly #host: BroadcastHost;
  readonly #active = new Map<string, ActiveBroadcast>();
  readonly #finishing = new Set<Promise<void>>();
  #stopping = false;

  constructor(host: BroadcastHost) {
    this.#host = host;
  }

  /** The broadcast of a live stream, while a publisher is connected. */
  get(liveStreamId: string): Broadcast | undefined {
    return this.#active.get(liveStreamId);
  }

  /** The playlist path of a live stream's broadcast, if it is on air. */
  playlistPath(liveStreamId: string): string | undefined {
    const broadcast = this.#active.get(liveStreamId);
    return broadcast && join(broadcast.dir, PLAYLIST_FILE);
  }

  /** A JPEG of what a live stream is broadcasting now (cached for a few seconds), or undefined when off air. */
  async snapshot(liveStreamId: string): Promise<Buffer | undefined> {
    const broadcast = this.#active.get(liveStreamId);
    if (!broadcast) return undefined;
    const cached = broadcast.snapshot;
    if (cached && Date.now() - cached.at < SNAPSHOT_TTL_MS) return cached.image;
    const image = snapshotBroadcast(broadcast.dir, join(broadcast.dir, PLAYLIST_FILE), this.#host.ffmpegPath);
    broadcast.snapshot = { at: Date.now(), image };
    return image;
  }

  /** Accepts or refuses a publisher: unknown keys, and a second publisher on a stream already on air, are refused. */
  publish({ streamKey, disconnect }: Pick<PublishRequest, 'streamKey' | 'disconnect'>): PublishSink | null {
    if (this.#stopping) return null;
    const stream = this.#host.findStream(streamKey);
    if (!stream || this.#active.has(stream.liveStreamId)) return null;
    const { liveStreamId } = stream;
    const session = randomBytes(6).toString('hex');
    const dir = join(this.#host.liveDir, liveStreamId, session);
    const recordPath = this.#host.recorded ? join(this.#host.liveDir, liveStreamId, `${session}.mp4`) : undefined;
    const packager = startHlsPackager({
      dir,
      segmentBaseUrl: `${liveStreamId}/${session}/`,
      ...(recordPath ? { recordPath } : {}),
      ...(this.#host.ffmpegPath ? { ffmpegPath: this.#host.ffmpegPath } : {}),
      onError: (message) => this.#host.log(`live ${liveStreamId}: ${message}`),
    });
    const broadcast = { liveStreamId, session, dir, startedAt: new Date(), packager, disconnect };
    this.#active.set(liveStreamId, broadcast);
    this.#host.setBroadcasting(liveStreamId, true);
    this.#host.notify('live-stream.broadcast.started', liveStreamId);
    // If ffmpeg dies (say, a codec HLS cannot carry), nobody can watch: drop the publisher rather than stay "live".
    void packager.exited.then(() => {
      if (this.#active.get(liveStreamId) === broadcast) disconnect();
    });

    let ended = false;
    return {
      write: (kind, timestamp, payload) => packager.write(kind, timestamp, payload),
      end: () => {
        if (ended) return;
        ended = true;
        const finishing = this.#finish(broadcast, recordPath);
        this.#finishing.add(finishing);
        void finishing.finally(() => this.#finishing.delete(finishing));
      },
    };
  }

  async #finish(broadcast: ActiveBroadcast, recordPath: string | undefined): Promise<void> {
    const { liveStreamId } = broadcast;
    // Off air first: the manifest answers 404 from now on, even while ffmpeg flushes.
    this.#active.delete(liveStreamId);
    this.#host.setBroadcasting(liveStreamId, false);
    this.#host.notify('live-stream.broadcast.ended', liveStreamId);
    const code = this.#stopping
      ? (broadcast.packager.kill(), await broadcast.packager.exited)
      : await broadcast.packager.end();
    await rm(broadcast.dir, { recursive: true, force: true });
    if (!recordPath) return;
    const size = await stat(recordPath).then(
      (s) => s.size,
      () => 0,
    );
    if (code !== 0 || size === 0 || this.#stopping || !this.#host.recorded) {
      await rm(recordPath, { force: true });
      return;
    }
    try {
      await this.#host.recorded(liveStreamId, recordPath);
    } catch (error) {
      this.#host.log(`live ${liveStreamId}: the recording could not become a video: ${String(error)}`);
    }
  }

  /** Drops the publisher of a live stream, if one is connected (`PUT /live-streams/{id}/complete`, deletion). */
  disconnect(liveStreamId: string): void {
    this.#active.get(liveStreamId)?.disconnect();
  }

  /** Removes segments and partial recordings a crashed run left behind (no broadcast survives a restart). */
  async removeLeftovers(): Promise<void> {
    const streams = await readdir(this.#host.liveDir).catch(() => [] as string[]);
    for (const stream of streams) {
      const entries = await readdir(join(this.#host.liveDir, stream)).catch(() => [] as string[]);
      for (const entry of entries) {
        if (SESSION_ENTRY.test(entry))
          await rm(join(this.#host.liveDir, stream, entry), { recursive: true, force: true });
      }
    }
  }

  /** From now on, publishers are refused and broadcasts that end are dropped, not recorded (the emulator is stopping). */
  beginStop(): void {
    this.#stopping = true;
  }

  /** Resolves once every ended broadcast is cleaned up (its ffmpeg exited, its segments removed). */
  async settled(): Promise<void> {
    while (this.#finishing.size > 0) await Promise.all([...this.#finishing]);
  }
}
