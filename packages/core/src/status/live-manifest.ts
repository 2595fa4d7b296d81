import { VidkitError } from '../errors.js';

/**
 * Whether a live stream is broadcasting, told by its public manifest: 404 while offline, a playlist while live
 * (there is no public status endpoint; PROTOCOL.md "Live"). Needs no credential.
 * Throws a `VidkitError` with code `network_error` when there is no answer, `api_error` (and `status`) on any other
 * status.
 */
export async function probeLiveManifest(url: string, signal?: AbortSignal): Promise<boolean> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store', ...(signal && { signal }) });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    // Literal codes (type-checked against ErrorCode) keep the whole code table out of this 1.5 kB entry point.
    throw new VidkitError('network_error', `Live manifest unreachable: ${url}`, { cause });
  }
  const body = await response.text().catch(() => '');
  if (response.status === 404) return false;
  if (response.ok) return /^\s*#EXTM3U/.test(body);
  throw new VidkitError('api_error', `Live manifest ${url}: HTTP ${response.status}`, {
    status: response.status,
  });
}
