import type { DatabaseSync } from 'node:sqlite';
import { EmulatorEvents } from './events.js';
import type { FaultOptions, TlsOptions, UploadLimits } from './options.js';
import { openDatabase } from './store/db.js';
import { DocStore } from './store/docs.js';
import { LiveStreamStore } from './store/live-streams.js';
import { PartStore } from './store/parts.js';
import { dataPaths } from './store/paths.js';
import type { DataPaths } from './store/paths.js';
import type { WebhookEvent, WebhookRecord } from './store/types.js';
import { VideoStore } from './store/videos.js';
import { base62 } from './util/ids.js';

/** Functions the media module may replace to change how the REST part builds responses. */
export interface MediaHooks {
  /**
   * A fresh single-use token for a private video's asset URLs; called once per `GET /videos/{id}` of a private
   * video. The default returns a random string that nothing validates; the media module replaces it.
   */
  mintPrivateToken(videoId: string): string;
}

/** Options as the emulator resolved them. */
export interface ResolvedOptions {
  host: string;
  /** Extra `Host` names accepted; includes `host`. */
  allowedHosts: string[];
  port: number;
  apiKey: string;
  logger: boolean;
  encoding: { concurrency: number; enabled: boolean };
  live: { rtmpPort: number; record: boolean };
  limits: UploadLimits;
  /** HTTPS certificate and key, when the emulator serves HTTPS. */
  tls: TlsOptions | undefined;
}

/**
 * Everything a module of the emulator needs: the database, the files, the stores, the events.
 * The media (`registerMedia(app, ctx)`) and live (`registerLive(app, ctx)`) modules receive it from server.ts.
 */
export interface EmulatorContext {
  /** The SQLite database (node:sqlite). Modules may create their own tables with `CREATE TABLE IF NOT EXISTS`. */
  readonly db: DatabaseSync;
  /** Absolute path of the data directory. */
  readonly dataDir: string;
  /** Paths of every kind of file under the data directory; ids are checked so no path escapes it. */
  readonly paths: DataPaths;
  readonly options: ResolvedOptions;
  /** Public base URL of the server without a trailing slash (`http://127.0.0.1:4010`); set once it listens. */
  url: string;
  /** Live ingest URL base (`rtmp://127.0.0.1:1935/s`) set by the live module, if it runs. */
  rtmpUrl: string | undefined;
  readonly events: EmulatorEvents;
  readonly videos: VideoStore;
  readonly parts: PartStore;
  readonly liveStreams: LiveStreamStore;
  /** Registered webhooks, for the delivery module. */
  readonly webhooks: { list(): WebhookRecord[]; forEvent(event: WebhookEvent): WebhookRecord[] };
  /** The faults in force; the admin route replaces fields of this object. */
  readonly faults: FaultOptions;
  readonly hooks: MediaHooks;
  /** Logs a line (to stderr when the logger option is on; errors always). */
  log(level: 'info' | 'warn' | 'error', message: string, error?: unknown): void;
  /** Functions to run when the emulator stops (close watchers, kill ffmpeg, …); run in reverse order. */
  readonly onStop: (() => void | Promise<void>)[];
}

/** Builds the context for a data directory (which must exist). */
export function createContext(dataDir: string, options: ResolvedOptions, faults: FaultOptions): EmulatorContext {
  const paths = dataPaths(dataDir);
  const db = openDatabase(paths.database);
  const log: EmulatorContext['log'] = (level, message, error) => {
    if (level === 'error' || options.logger) {
      console.error(`[vidkit-emulator] ${level}: ${message}`, ...(error === undefined ? [] : [error]));
    }
  };
  const events = new EmulatorEvents((error, event) => log('error', `a '${event}' listener failed`, error));
  const parts = new PartStore(db);
  const webhookDocs = new DocStore<WebhookRecord>(db, 'webhook');
  return {
    db,
    dataDir,
    paths,
    options,
    url: `${options.tls ? 'https' : 'http'}://${options.host}:${options.port}`,
    rtmpUrl: undefined,
    events,
    parts,
    videos: new VideoStore(db, parts, events, paths),
    liveStreams: new LiveStreamStore(db, events),
    webhooks: {
      list: () => webhookDocs.all(),
      forEvent: (event) => webhookDocs.all().filter((hook) => hook.events.includes(event)),
    },
    faults: { ...faults },
    hooks: { mintPrivateToken: () => base62(32) },
    log,
    onStop: [],
  };
}
