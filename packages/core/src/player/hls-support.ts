const HLS_TYPE = 'application/vnd.apple.mpegurl';

/** True when `url` names an HLS playlist. */
export const isHlsUrl = (url: string): boolean => /\.m3u8($|[?#])/i.test(url);

/**
 * Whether to hand an HLS URL to the browser instead of hls.js.
 *
 * `canPlayType` alone is not enough: desktop and Android Chromium now answer "maybe" for HLS but fail on some
 * streams (https://github.com/video-dev/hls.js/issues/7827), so, like hls.js's own README since
 * https://github.com/video-dev/hls.js/pull/7844, native HLS is used only where `ManagedMediaSource` exists
 * (Safari 17+, iOS 17.1+: native HLS is the platform's own, with AirPlay) or where there is no MediaSource at all
 * (older iOS, where hls.js cannot run). Everywhere else hls.js over MSE plays it.
 */
export function prefersNativeHls(video: HTMLMediaElement, win: object = globalThis): boolean {
  if (!video.canPlayType(HLS_TYPE)) return false;
  return 'ManagedMediaSource' in win || !('MediaSource' in win || 'WebKitMediaSource' in win);
}
