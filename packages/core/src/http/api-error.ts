import { ApiError } from '../api-error.js';
import type { ApiErrorBody } from '../api-error.js';
import { parseRateLimit } from './rate-limit.js';

/** What a request was, for the error message and the `ApiError` fields. */
export interface RequestDescription {
  /** The spec's operationId (e.g. `GET-video`) or a short name of the call. */
  operation?: string;
  method: string;
  /** The request path; any query string is dropped so tokens never land in errors or logs. */
  path: string;
}

/**
 * Turns a non-2xx `Response` into an `ApiError`, reading api.video's RFC 7807-like body
 * (`{type, title, name, status, problems}`). A body that is not such JSON still gives an `ApiError`
 * with the HTTP status. 401 gets the code `unauthorized`, 429 `rate_limited`, everything else `api_error`.
 * Consumes the response body.
 *
 * @example
 * const response = await fetch(url);
 * if (!response.ok) throw await toApiError(response, { method: 'GET', path: '/videos' });
 */
export async function toApiError(response: Response, request: RequestDescription): Promise<ApiError> {
  // A body that is not JSON (a proxy's HTML page, an empty body) leaves only the status to report.
  const body = (await response.json().catch(() => undefined)) as ApiErrorBody | undefined;
  const { status } = response;
  return new ApiError(
    {
      status,
      body,
      operation: request.operation,
      method: request.method,
      path: request.path.split('?')[0]!,
      retryAfter: parseRateLimit(response.headers)?.retryAfter,
    },
    status === 401 ? 'unauthorized' : status === 429 ? 'rate_limited' : 'api_error',
  );
}
