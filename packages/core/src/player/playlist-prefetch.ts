/** A fetched playlist: its text and the URL it came from after redirects (the base of its relative URIs). */
export interface FetchedPlaylist {
  url: string;
  data: string;
}

/**
 * What a manifest request tells: the playlist; `processing` (202 or an empty body: api.video's "still encoding",
 * PROTOCOL.md); `missing` (404: no such video); `undefined` for anything else (hls.js then asks itself, with its
 * own retries and errors).
 */
export type ManifestAnswer = FetchedPlaylist | 'processing' | 'missing' | undefined;

/**
 * Fetches the playlist hls.js will ask for first, while hls.js itself is still being downloaded and compiled, so
 * the first frame waits one round trip less; the answer also tells a video still encoding from a missing one.
 */
export function prefetchPlaylist(url: string, signal: AbortSignal): Promise<ManifestAnswer> {
  // hls.js gives a manifest 20 s (its default load policy); a slower prefetch falls back to hls.js's own request.
  return fetch(url, { signal: AbortSignal.any([signal, AbortSignal.timeout(20_000)]) }).then(
    async (response) => {
      if (response.status === 404) return 'missing';
      if (!response.ok) return undefined;
      const data = await response.text();
      return response.status === 202 || !data.trim() ? 'processing' : { url: response.url, data };
    },
    () => undefined,
  );
}
