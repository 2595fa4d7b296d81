import { NetworkError } from '../errors.js';
import { toApiError } from '../http/api-error.js';
import { abortReason } from '../internal/abort-reason.js';

export interface JsonRequest {
  baseUrl: string;
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: object;
  signal: AbortSignal;
  fetch: typeof fetch;
}

/** One JSON call to the API for the upload's bookkeeping (create the video, read its status). */
export async function requestJson<T>(request: JsonRequest): Promise<T> {
  let response: Response;
  try {
    response = await request.fetch(request.baseUrl + request.path, {
      method: request.method,
      headers: request.body ? { ...request.headers, 'Content-Type': 'application/json' } : request.headers,
      body: request.body ? JSON.stringify(request.body) : null,
      signal: request.signal,
    });
  } catch (cause) {
    if (request.signal.aborted) throw abortReason(request.signal);
    throw new NetworkError(`Could not reach ${request.baseUrl} (${request.method} ${request.path}).`, { cause });
  }
  if (!response.ok) throw await toApiError(response, request);
  return (await response.json()) as T;
}
