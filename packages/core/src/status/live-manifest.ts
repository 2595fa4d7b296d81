import { VidkitError } from '../errors.js';
import { send } from '../http/send.js';
import { STATUS_TIMEOUT } from './api-get.js';

/**
 * Whether a live stream is broadcasting, told by its public manifest: 404 while offline, a playlist while live
 * (there is no public status endpoint; PROTOCOL.md "Live"). Needs no credential.
 * Throws `NetworkError` (`network_error`) when there is no answer, `TimeoutError` (`timeout`) after 15 s,
 * `AbortError` when `signal` aborts, and a `VidkitError` with code `api_error` (and `status`) on any other status.
 */
export async function probeLiveManifest(url: string, signal?: AbortSignal): Promise<boolean> {
  // The same send as every API call: a timeout, and NetworkError / TimeoutError / AbortError when there is no answer.
  const response = await send(url, { cache: 'no-store', signal, timeout: STATUS_TIMEOUT });
  const body = await response.text().catch(() => '');
  if (response.status === 404) return false;
  if (response.ok) return /^\s*#EXTM3U/.test(body);
  // Literal codes (type-checked against ErrorCode) keep the whole code table out of this entry point.
  throw new VidkitError('api_error', `Live manifest ${url.split('?')[0]}: HTTP ${response.status}`, {
    status: response.status,
  });
}
