/**
 * Every error Vidkit throws or reports is a `VidkitError` with a stable `code`.
 * Branch on `instanceof` and `code`, never on `message`.
 */

/** Stable error codes. New codes may be added in minor versions; existing ones never change meaning. */
export const ErrorCode = {
  /** Options passed to a Vidkit function are invalid. */
  InvalidOptions: 'invalid_options',
  /** An API key was used where it would leak (a browser) without `dangerouslyAllowBrowser`. */
  ApiKeyInBrowser: 'api_key_in_browser',
  /** No credential was given for an operation that needs one. */
  MissingCredential: 'missing_credential',
  /** The API answered with an error status. See `ApiError`. */
  Api: 'api_error',
  /** The API refused the credential (401), even after re-authenticating. */
  Unauthorized: 'unauthorized',
  /** Rate limited (429) and out of retries. */
  RateLimited: 'rate_limited',
  /** The request never got an HTTP answer (DNS, refused, reset, offline). */
  Network: 'network_error',
  /** No answer within the configured timeout. */
  Timeout: 'timeout',
  /** Cancelled through an AbortSignal or `cancel()`. */
  Aborted: 'aborted',
  /** An upload failed for good. See `UploadError`. */
  Upload: 'upload_failed',
  /** The API refused the delegated upload token (expired, deleted or unknown) and it could not be renewed. */
  UploadTokenRefused: 'upload_token_refused',
  /** The file or source given to an upload is unusable (empty, unreadable, too large). */
  InvalidSource: 'invalid_source',
  /** `start()` was called on a single-file upload before it was given a file. */
  NoFile: 'no_file',
  /** A video did not become playable within the allowed time. */
  NotPlayableInTime: 'not_playable_in_time',
  /** The media could not be loaded or played. */
  Playback: 'playback_error',
  /** The video (or its manifest) does not exist: a wrong id, a deleted video, or an expired private token. */
  NotFound: 'not_found',
  /** The video was uploaded, but it could not be encoded (e.g. the file is not a video): it will never play. */
  EncodingFailed: 'encoding_failed',
  /** A feature needs an environment this runtime lacks (e.g. a DOM). */
  Unsupported: 'unsupported_environment',
} as const;

/** One of the `ErrorCode` values. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface VidkitErrorOptions {
  /** HTTP status, when the error came from an HTTP answer. */
  status?: number;
  /** The underlying error. */
  cause?: unknown;
}

/** Base class of every Vidkit error. */
export class VidkitError extends Error {
  override name = 'VidkitError';
  /** Stable machine-readable code; see `ErrorCode`. */
  readonly code: ErrorCode;
  /** HTTP status, when there was one. */
  readonly status?: number;

  constructor(code: ErrorCode, message: string, options: VidkitErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options.status !== undefined) this.status = options.status;
  }
}

/** The request never got an HTTP answer. Retried automatically where safe; thrown when retries run out. */
export class NetworkError extends VidkitError {
  override name = 'NetworkError';
  constructor(message: string, options: VidkitErrorOptions = {}) {
    super('network_error', message, options);
  }
}

/** No answer within the configured timeout. */
export class TimeoutError extends VidkitError {
  override name = 'TimeoutError';
  constructor(message: string, options: VidkitErrorOptions = {}) {
    super('timeout', message, options);
  }
}

/** The operation was cancelled (AbortSignal, `cancel()`, `destroy()`). */
export class AbortError extends VidkitError {
  override name = 'AbortError';
  constructor(message = 'The operation was aborted.', options: VidkitErrorOptions = {}) {
    super('aborted', message, options);
  }
}

export interface UploadErrorDetails {
  /** The part (1-based) that failed, when one did. */
  part?: number;
  /** How many attempts were made for that part. */
  attempts?: number;
  /** The video the upload was writing to, when known; use it to resume. */
  videoId?: string;
  cause?: unknown;
  status?: number;
}

/** An upload failed for good. `cause` holds the last underlying error (often an `ApiError` or `NetworkError`). */
export class UploadError extends VidkitError {
  override name = 'UploadError';
  readonly part: number | undefined;
  readonly attempts: number | undefined;
  readonly videoId: string | undefined;
  constructor(message: string, details: UploadErrorDetails = {}, code: ErrorCode = 'upload_failed') {
    super(code, message, { cause: details.cause, ...(details.status !== undefined ? { status: details.status } : {}) });
    this.part = details.part;
    this.attempts = details.attempts;
    this.videoId = details.videoId;
  }
}

/** Options given to a Vidkit function are wrong; the message says which and how to fix them. */
export class OptionsError extends VidkitError {
  override name = 'OptionsError';
  constructor(message: string, code: ErrorCode = 'invalid_options') {
    super(code, message);
  }
}

/** True for a `VidkitError` with the given code (or any `VidkitError` when no code is given). */
export function isVidkitError(error: unknown, code?: ErrorCode): error is VidkitError {
  return error instanceof VidkitError && (code === undefined || error.code === code);
}
