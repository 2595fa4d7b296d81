/** A fetched playlist: its text and the URL it came from after redirects (the base of its relative URIs). */
export interface FetchedPlaylist {
  url: string;
  data: string;
}

/**
 * Starts fetching the playlist hls.js will ask for first, while hls.js itself is still being downloaded and
 * compiled, so the first frame waits one round trip less. Resolves `undefined` on any failure: hls.js then
 * requests the playlist itself, with its own retries and errors.
 */
export function prefetchPlaylist(url: string, signal: AbortSignal): Promise<FetchedPlaylist | undefined> {
  // hls.js gives a manifest 20 s (its default load policy); a slower prefetch falls back to hls.js's own request.
  return fetch(url, { signal: AbortSignal.any([signal, AbortSignal.timeout(20_000)]) }).then(
    async (response) => (response.ok ? { url: response.url, data: await response.text() } : undefined),
    () => undefined,
  );
}
