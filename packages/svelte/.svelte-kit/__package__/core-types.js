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
