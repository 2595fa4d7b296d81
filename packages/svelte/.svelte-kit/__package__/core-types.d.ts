export type * from '@vidkit/core';
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
//# sourceMappingURL=core-types.d.ts.map
