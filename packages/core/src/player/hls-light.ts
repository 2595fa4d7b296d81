import type { HlsLoader } from './hls-loader.js';

/**
 * Loads hls.js's light build instead of the full one (no subtitles, alternate audio, EME or CMCD; about a third
 * smaller). hls.js publishes no type declarations for `hls.js/light`, so `() => import('hls.js/light')` fails to
 * typecheck in an app (TS7016); this loader is typed, and bundlers still see a plain dynamic import.
 *
 * @example
 * createPlayer(video, { videoId, loadHls: loadHlsLight });
 */
export const loadHlsLight: HlsLoader = () =>
  // @ts-expect-error TS7016: hls.js ships no declarations for its light build (the same class as hls.js's default).
  import('hls.js/light');
