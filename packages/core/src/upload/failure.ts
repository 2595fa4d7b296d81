import { UploadError } from '../errors.js';
import { ApiError } from '../api-error.js';

const TOKEN_REFUSED =
  'The upload token was refused: it expired, was deleted or does not exist. Ask your server for a new one ' +
  '(POST /upload-tokens), or pass `getUploadToken` so a refused token is renewed by itself.';

/**
 * The error a failed upload reports: a refused upload token (the 401 or 404 of `POST /upload`) says so and what
 * to do, with the stable code `upload_token_refused`; anything else is reported as it is.
 */
export function explainUploadFailure(error: unknown): unknown {
  const api = error instanceof UploadError ? error.cause : error;
  if (!(api instanceof ApiError) || api.path !== '/upload' || (api.status !== 401 && api.status !== 404)) return error;
  const details = error instanceof UploadError ? error : undefined;
  return new UploadError(
    TOKEN_REFUSED,
    { part: details?.part, attempts: details?.attempts, videoId: details?.videoId, cause: api, status: api.status },
    'upload_token_refused',
  );
}
