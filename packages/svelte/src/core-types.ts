// Everything typed in @vidkit/core (snapshots, options, Video objects, error types), so apps need one package.
export type * from '@vidkit/core';
// Error classes and codes, for `instanceof` and `code` checks.
export {
  ErrorCode,
  VidkitError,
  ApiError,
  NetworkError,
  TimeoutError,
  AbortError,
  UploadError,
  OptionsError,
  isVidkitError,
} from '@vidkit/core';
// hls.js's light build, typed (`loadHls: loadHlsLight`).
export { loadHlsLight } from '@vidkit/core';
