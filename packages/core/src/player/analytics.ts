// Reports playback to api.video's analytics collector (its player-analytics protocol v2), as api.video's own players
// do. Loaded on demand by create-player.ts for api.video sources; everything here fails silently (ad blockers
// block collectors), and nothing is stored: no cookie, no storage, no credential.
import { VERSION } from '../version.js';
import { listen, type PlayerContext } from './context.js';

interface WatchEvent {
  eat: number;
  typ: number;
  vti: number;
  vwi: number;
  vhe: number;
  pau: boolean;
  eco: number;
}

const TYPES = { loadeddata: 1, play: 2, pause: 3, timeupdate: 4, error: 5, ended: 6, seeking: 7 } as const;
const SOURCE_CHANGED = 8;
const QUEUE = 20;
const BATCH_MS = 5000;

function uuid(): string {
  // getRandomValues, not randomUUID: the latter exists only on secure origins.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 15) | 64;
  bytes[8] = (bytes[8]! & 63) | 128;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** One session per page, in memory only (api.video's web module keeps one per tab). */
const sid = uuid();
/** Elements that played another source before: their next playback starts with "source changed". */
const used = new WeakSet<HTMLVideoElement>();

/**
 * Reports the current source's playback until `signal` aborts (a new source, or `destroy`): a new playback id, the
 * element's events queued (a run of the same event is one), sent every 5 s, at once on the first play, a pause,
 * the end and the abort, and by `sendBeacon` when the page goes away.
 */
export function report(ctx: PlayerContext, signal: AbortSignal): void {
  const { video, store, options, source } = ctx;
  if (signal.aborted) return;
  const url = `${(options.collectorUrl ?? options.deliveryBaseUrl ?? 'https://collector.api.video').replace(/\/+$/, '')}/watch`;
  const pid = uuid();
  const queue: WatchEvent[] = [];
  const off: (() => void)[] = [];
  let played = false;
  const body = () =>
    JSON.stringify({
      sat: Date.now(),
      sid,
      mid: source.mediaId,
      pid,
      ref: document.referrer,
      ver: `vidkit-core:${VERSION}`,
      eve: queue.splice(0),
    });
  // A string body is text/plain: a CORS simple request, no preflight.
  const send = () => {
    if (queue.length)
      fetch(url, { method: 'POST', body: body(), credentials: 'omit', keepalive: true }).catch(() => {});
  };
  const push = (typ: number) => {
    const { error } = video;
    const event = {
      eat: Date.now(),
      typ,
      vti: video.currentTime || 0,
      vwi: video.videoWidth,
      vhe: video.videoHeight,
      pau: video.paused,
      // hls.js failures leave no media error on the element: they count as network errors.
      eco: error ? error.code : typ === TYPES.error ? 2 : 0,
    };
    const last = queue.at(-1);
    if (last?.typ === typ && last.pau === event.pau) queue[queue.length - 1] = event;
    else if (queue.push(event) > QUEUE) queue.shift();
    if (typ === TYPES.pause || typ === TYPES.ended || (typ === TYPES.play && !played)) send();
    played ||= typ === TYPES.play;
  };
  if (used.has(video)) push(SOURCE_CHANGED);
  used.add(video);
  // The chunk may arrive after the first events.
  if (video.readyState >= 2) push(TYPES.loadeddata);
  if (!video.paused) push(TYPES.play);
  for (const [type, typ] of Object.entries(TYPES)) {
    if (typ !== TYPES.error) listen(video, type, () => push(typ), off);
  }
  // Errors as the player reports them (hls.js's included), once per failure.
  let failed = false;
  off.push(
    store.subscribe(() => {
      const now = store.getSnapshot().status === 'error';
      if (now && !failed) push(TYPES.error);
      failed = now;
    }),
  );
  // The page may not come back (bfcache aside): a beacon outlives it.
  listen(
    window,
    'pagehide',
    () => {
      try {
        if (queue.length) navigator.sendBeacon(url, body());
      } catch {
        // sendBeacon throws for a URL it refuses: silent, as every failure here.
      }
    },
    off,
  );
  const timer = setInterval(send, BATCH_MS);
  signal.addEventListener('abort', () => {
    clearInterval(timer);
    for (const remove of off.splice(0)) remove();
    send();
  });
}
