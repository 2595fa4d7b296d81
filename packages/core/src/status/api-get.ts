import type { CredentialProvider } from '../auth/credentials.js';
import { NetworkError } from '../errors.js';
import { toApiError } from '../http/api-error.js';

/** api.video's production API root. */
export const DEFAULT_API_BASE_URL = 'https://ws.api.video';

/**
 * One authenticated GET for a poller: no retries of its own (the poll loop backs off), but a 401 drops the token
 * and replays once, as every authenticated Vidkit request does.
 */
export async function apiGet<T>(
  baseUrl: string,
  path: string,
  credential: CredentialProvider,
  signal: AbortSignal,
): Promise<T> {
  for (let replayed = false; ; replayed = true) {
    const authorization = await credential.authorization(signal);
    let response: Response;
    try {
      response = await fetch(baseUrl.replace(/\/+$/, '') + path, {
        headers: authorization ? { Authorization: authorization } : {},
        signal,
      });
    } catch (cause) {
      if (signal.aborted) throw cause;
      throw new NetworkError(`Could not reach ${baseUrl} (GET ${path}). Check the network and baseUrl.`, { cause });
    }
    if (response.status === 401 && !replayed && credential.invalidate(authorization)) continue;
    if (!response.ok) throw await toApiError(response, { method: 'GET', path });
    return (await response.json()) as T;
  }
}
