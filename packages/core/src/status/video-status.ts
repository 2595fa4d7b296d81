import type { CredentialProvider } from '../auth/credentials.js';
import { OptionsError, VidkitError } from '../errors.js';
import { ApiError } from '../api-error.js';
import { apiGet, DEFAULT_API_BASE_URL } from './api-get.js';
import { encodingFailed } from './encoding-failed.js';
import { followPoller, type FollowingStore, type Selection } from './follow.js';
import { sharedPoller } from './poller.js';

/**
 * `GET /videos/{videoId}/status` as api.video answers it (the fields Vidkit reads), as loose as the spec: the REST
 * client's `videos.getStatus()` result can be returned from a `fetcher` as it is.
 */
export interface VideoStatusBody {
  ingest?: {
    status?: 'uploading' | 'uploaded' | 'ingesting' | 'ingested' | (string & {});
    filesize?: number | null;
    receivedBytes?: { from?: number; to?: number; total?: number }[];
    receivedParts?: { parts?: number[]; total?: number | null };
  };
  encoding?: {
    playable?: boolean;
    qualities?: { type?: string; quality?: string; status?: string }[];
    metadata?: Record<string, unknown>;
  };
}

/** Encoding state of one rendition. */
export interface QualityStatus {
  /** `hls` or `mp4`. */
  type: string;
  /** e.g. `720p`. */
  quality: string;
  status: 'waiting' | 'encoding' | 'encoded' | 'failed' | (string & {});
}

/** What a video-status watcher knows. Times are epoch milliseconds. */
export interface VideoStatusSnapshot {
  /**
   * `unknown` until the first answer, `error` after three failed checks in a row or a definitive error (404, 401).
   * `encoded` and `failed` are final (polling stops): `failed` means the source could not be encoded at all (every
   * rendition failed; e.g. the file was not a video), so the video will never play.
   */
  status: 'unknown' | 'uploading' | 'ingesting' | 'encoding' | 'playable' | 'encoded' | 'failed' | 'error';
  /** The ingest state as the API reports it (`uploading`, `uploaded`, `ingesting`, `ingested`). */
  ingest: VideoStatusBody['ingest'] | undefined;
  /** Each rendition's encoding state. */
  qualities: readonly QualityStatus[];
  /** True once at least one rendition can be played. */
  playable: boolean;
  /** Source metadata (width, height, duration, …) once known. */
  metadata: Record<string, unknown> | undefined;
  checkedAt: number | undefined;
  error: Error | undefined;
}

/** Your own status source, e.g. your backend proxying `GET /videos/{id}/status`. */
export type VideoStatusFetcher = (videoId: string, context: { signal: AbortSignal }) => Promise<VideoStatusBody>;

export interface WatchVideoStatusOptions {
  /** The credential to call the API with (see `createCredentialProvider`). Either this or `fetcher`. */
  credential?: CredentialProvider;
  /** A function of yours that returns the status body. Either this or `credential`. */
  fetcher?: VideoStatusFetcher;
  /** API root for `credential`. Default `https://ws.api.video`. */
  apiBaseUrl?: string;
  /** Milliseconds between checks while visible. Default 3 000. No checks while the page is hidden. */
  interval?: number;
}

/** What `VideoStatusWatcher.setOptions` takes: the video (`null`: idle, nothing polled) and the options. */
export interface VideoStatusWatcherOptions extends WatchVideoStatusOptions {
  videoId: string | null;
}

/**
 * A video-status store plus `ready`, which resolves once the video is playable. `setOptions` switches video or
 * options in place (an adapter passes its new props): the same video and options again change nothing.
 */
export interface VideoStatusWatcher extends FollowingStore<VideoStatusSnapshot, VideoStatusWatcherOptions> {
  /**
   * Resolves with the first playable snapshot of the video watched (it follows `setOptions`); keeps polling while
   * it is pending even without other subscribers.
   * Rejects when the watcher reaches a definitive error (the video does not exist, the credential is refused), or with
   * code `encoding_failed` when the video's encoding failed.
   */
  readonly ready: Promise<VideoStatusSnapshot>;
}

/** A video status before its first check: what a UI shows while the first request is in flight. */
export const UNKNOWN_VIDEO_STATUS: VideoStatusSnapshot = Object.freeze({
  status: 'unknown',
  ingest: undefined,
  qualities: [],
  playable: false,
  metadata: undefined,
  checkedAt: undefined,
  error: undefined,
});
const ERROR_AFTER = 3;
const TERMINAL = new Set(['encoded', 'failed']);

/** Reduces the API's status body to a snapshot patch. Exported for tests. */
export function reduceVideoStatus(body: VideoStatusBody): Partial<VideoStatusSnapshot> {
  const qualities = (body.encoding?.qualities ?? []).map((q) => ({
    type: q.type ?? 'hls',
    quality: q.quality ?? '',
    status: q.status ?? 'waiting',
  }));
  const playable = body.encoding?.playable === true;
  const ingest = body.ingest?.status;
  const encoded = playable && qualities.length > 0 && qualities.every((q) => TERMINAL.has(q.status));
  const status: VideoStatusSnapshot['status'] = encodingFailed(body)
    ? 'failed'
    : encoded
      ? 'encoded'
      : playable
        ? 'playable'
        : ingest === 'ingested' || qualities.length > 0
          ? 'encoding'
          : ingest === 'uploading'
            ? 'uploading'
            : ingest === 'uploaded' || ingest === 'ingesting'
              ? 'ingesting'
              : 'unknown';
  return { status, ingest: body.ingest, qualities, playable, metadata: body.encoding?.metadata, error: undefined };
}

const encodingFailedError = () =>
  new VidkitError(
    'encoding_failed',
    'This video could not be encoded (every rendition failed): it will never play. Upload a valid video file.',
  );

const definitive = (error: unknown) =>
  error instanceof ApiError && (error.status === 404 || error.status === 401 || error.status === 403);

/**
 * Watches a video's ingest and encoding until every rendition is done or the encoding failed (then polling stops
 * by itself).
 * Watchers of the same video and credential share one poll loop: 100 subscribers make one request per interval.
 * Checks stop while the page is hidden (one at once when it is shown again), pause while offline and back off on errors and 429. A `null` video is
 * idle (`unknown`, nothing polled) until `setOptions` gives one. Throws `OptionsError` when a video is given with
 * neither `credential` nor `fetcher`.
 *
 * @example
 * const status = watchVideoStatus(videoId, { credential });
 * await status.ready; // playable now
 */
export function watchVideoStatus(videoId: string | null, options: WatchVideoStatusOptions): VideoStatusWatcher {
  const handle = followPoller(UNKNOWN_VIDEO_STATUS, selectVideoLoop, { ...options, videoId });
  let ready: Promise<VideoStatusSnapshot> | undefined;
  return {
    ...handle,
    get ready() {
      ready ??= new Promise<VideoStatusSnapshot>((resolve, reject) => {
        const settle = () => {
          const state = handle.getSnapshot();
          if (state.playable) resolve(state);
          else if (state.status === 'failed') reject(encodingFailedError());
          else if (state.status === 'error' && definitive(state.error)) reject(state.error);
          else return false;
          return true;
        };
        if (settle()) return;
        const off = handle.subscribe(() => {
          if (settle()) off();
        });
      });
      return ready;
    },
  };
}

function selectVideoLoop(options: VideoStatusWatcherOptions): Selection<VideoStatusSnapshot> {
  const { videoId, credential, fetcher, apiBaseUrl = DEFAULT_API_BASE_URL, interval = 3000 } = options;
  if (videoId === null) return undefined;
  if (!credential && !fetcher) {
    throw new OptionsError('watchVideoStatus needs a `credential` or a `fetcher` (e.g. your backend route).');
  }
  const read: VideoStatusFetcher =
    fetcher ??
    ((id, { signal }) =>
      apiGet<VideoStatusBody>(apiBaseUrl, `/videos/${encodeURIComponent(id)}/status`, credential!, signal));
  const owner = fetcher ?? credential!;
  const entry = sharedPoller<VideoStatusSnapshot>(owner, `video ${fetcher ? '' : apiBaseUrl} ${videoId}`, () => ({
    initial: UNKNOWN_VIDEO_STATUS,
    poll: async (signal) => ({ ...reduceVideoStatus(await read(videoId, { signal })), checkedAt: Date.now() }),
    onError(error, failures, state) {
      const patch: Partial<VideoStatusSnapshot> = { error: error instanceof Error ? error : new Error(String(error)) };
      if (definitive(error) || failures >= ERROR_AFTER || state.status === 'unknown') patch.status = 'error';
      return patch;
    },
    isSettled: (state) =>
      state.status === 'encoded' || state.status === 'failed' || (state.status === 'error' && definitive(state.error)),
  }));
  return [entry, interval];
}
