export { VERSION } from './version.js';
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
} from './errors.js';
export type { ApiErrorBody, ApiProblem, VidkitErrorOptions, UploadErrorDetails } from './errors.js';
export type { ReadableStore, Listener } from './internal/store.js';
