import type { CredentialProvider } from '../auth/credentials.js';
import { toApiError } from '../http/api-error.js';
import { withCredential } from '../http/authorized.js';
import { send } from '../http/send.js';

/** api.video's production API root. */
export const DEFAULT_API_BASE_URL = 'https://ws.api.video';

/** How long a status check waits for an answer before it counts as failed (the poll loop then backs off). */
export const STATUS_TIMEOUT = 15_000;

/**
 * One authenticated GET for a poller, through the REST client's `send` (timeout, Vidkit errors) and 401 rule
 * (`withCredential`). No retries of its own: the poll loop backs off, and waits out a 429's `retryAfter`.
 */
export async function apiGet<T>(
  apiBaseUrl: string,
  path: string,
  credential: CredentialProvider,
  signal: AbortSignal,
): Promise<T> {
  const response = await withCredential(credential, signal, (authorization) =>
    send(apiBaseUrl.replace(/\/+$/, '') + path, {
      headers: authorization ? { Authorization: authorization } : {},
      signal,
      timeout: STATUS_TIMEOUT,
    }),
  );
  if (!response.ok) throw await toApiError(response, { method: 'GET', path });
  return (await response.json()) as T;
}
