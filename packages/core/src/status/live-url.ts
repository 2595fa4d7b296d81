/** api.video's public live delivery host. The emulator serves the same shape under `{emulatorUrl}/live`. */
export const DEFAULT_LIVE_BASE_URL = 'https://live.api.video';

/** Where live manifests are served: `{deliveryBaseUrl}/live`, or api.video's live host. */
export const liveBase = (deliveryBaseUrl?: string): string =>
  deliveryBaseUrl ? `${deliveryBaseUrl.replace(/\/+$/, '')}/live` : DEFAULT_LIVE_BASE_URL;

/**
 * The public HLS manifest URL of a live stream: `https://live.api.video/{liveStreamId}.m3u8`, or
 * `{deliveryBaseUrl}/live/{liveStreamId}.m3u8` (the emulator's shape).
 */
export function liveManifestUrl(liveStreamId: string, deliveryBaseUrl?: string): string {
  return `${liveBase(deliveryBaseUrl)}/${encodeURIComponent(liveStreamId)}.m3u8`;
}
