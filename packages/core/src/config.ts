import type { HlsLoader } from './player/hls-loader.js';
import type { VideoStatusFetcher } from './status/video-status.js';
import type { PlayerOptions } from './player/types.js';
import type { VidkitMessageOverrides } from './ui/messages.js';

/**
 * The one configuration every Vidkit entry point reads: the REST client, uploads, the player, the status watchers,
 * and each framework's provider (`<VidkitProvider>`, `VidkitPlugin`, `provideVidkit()`, `setVidkitConfig()`).
 * The same names mean the same thing everywhere; every field is optional.
 *
 * @example
 * const config: VidkitConfig = {
 *   apiBaseUrl: 'http://127.0.0.1:4010', // the emulator; https://ws.api.video in production
 *   deliveryBaseUrl: 'http://127.0.0.1:4010',
 *   getUploadToken: () => fetch('/api/upload-token').then((r) => r.text()),
 * };
 */
export interface VidkitConfig {
  /** API root. Default `https://ws.api.video`; `https://sandbox.api.video` or the emulator's URL. */
  apiBaseUrl?: string | undefined;
  /**
   * Delivery root: VOD at `{deliveryBaseUrl}/vod/{videoId}/…`, live at `{deliveryBaseUrl}/live/{id}.m3u8`.
   * Default api.video's CDN hosts; with the emulator, its URL.
   */
  deliveryBaseUrl?: string | undefined;
  /**
   * Where players report playback for api.video's analytics (`{collectorUrl}/watch`). Default `deliveryBaseUrl`
   * when set, else `https://collector.api.video`. Players opt out with `analytics: false`.
   */
  collectorUrl?: string | undefined;
  /** A delegated upload token, when one token serves every upload (`POST /upload-tokens` on your server). */
  uploadToken?: string | undefined;
  /** Asks your backend for a delegated upload token; called per upload and again when the API refuses one. */
  getUploadToken?: (() => Promise<string>) | undefined;
  /**
   * Your status route for a video (e.g. your backend proxying `GET /videos/{id}/status`; an upload token cannot read
   * it). With it, uploader rows follow each uploaded video's encoding ("Processing", "Ready to play", "Could not be
   * processed") and players tell a failed encoding from a slow one.
   */
  getVideoStatus?: VideoStatusFetcher | undefined;
  /** Loads hls.js where the browser lacks native HLS, e.g. `loadHlsLight` (hls.js's light build, typed). */
  loadHls?: HlsLoader | undefined;
  /** BCP 47 locale for the numbers the UI shows (bytes, speed, time left). Default: the runtime's. */
  locale?: string | undefined;
  /** Overrides of the texts the UI shows and announces (see `defaultMessages` in `@vidkit/core/ui`). */
  messages?: VidkitMessageOverrides | undefined;
}

/**
 * Merges configurations, later ones winning field by field; an `undefined` field does not hide an earlier value
 * (a component's unset prop falls back to its provider's). `messages` merge key by key.
 *
 * @example
 * resolveConfig(appConfig, { apiBaseUrl: props.apiBaseUrl }) // the prop wins only when it is set
 */
export function resolveConfig(...layers: readonly (VidkitConfig | null | undefined)[]): VidkitConfig {
  const result: Record<string, unknown> = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const [key, value] of Object.entries(layer)) {
      if (value === undefined) continue;
      result[key] = key === 'messages' ? { ...(result.messages as object), ...(value as object) } : value;
    }
  }
  return result as VidkitConfig;
}

/**
 * A player's options with the app's configuration filled in where the options leave a field unset:
 * `deliveryBaseUrl`, `collectorUrl`, `loadHls` and `getVideoStatus`. What every framework's player hook passes to `createPlayer` and
 * `setOptions`, so a new config field reaches all four adapters at once.
 *
 * @example
 * createPlayer(video, withPlayerConfig({ videoId }, config)) // config.deliveryBaseUrl applies
 */
export function withPlayerConfig<T extends PlayerOptions>(options: T, config: VidkitConfig): T {
  const next = { ...options };
  next.deliveryBaseUrl ??= config.deliveryBaseUrl;
  next.collectorUrl ??= config.collectorUrl;
  next.loadHls ??= config.loadHls;
  next.getVideoStatus ??= config.getVideoStatus;
  return next;
}
