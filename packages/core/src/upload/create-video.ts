import type { Video } from '../client/types.js';

/** The metadata key that marks a video created by a Vidkit upload, so a lost answer can be found again. */
export const UPLOAD_MARKER_KEY = 'vidkit-upload';

/** One JSON request, not retried. */
export type JsonOnce = <T>(method: 'GET' | 'POST', path: string, signal: AbortSignal, body?: object) => Promise<T>;

/**
 * One attempt at creating the upload's video, to be retried. `POST /videos` is not idempotent: sent again after its
 * answer was lost (a dropped connection, a timeout after the server acted), it would create a second, orphan video.
 * So the video carries a unique metadata marker, and every attempt after the first lists the videos with that marker
 * (api.video filters by metadata) and keeps the one a lost attempt made, before creating again.
 */
export function createVideoAttempt(once: JsonOnce, title: string): (signal: AbortSignal) => Promise<Video> {
  const marker = randomMarker();
  let attempted = false;
  return async (signal) => {
    if (attempted) {
      const query = `metadata[${UPLOAD_MARKER_KEY}]=${marker}`;
      const found = await once<{ data: Video[] }>('GET', `/videos?${encodeURI(query)}`, signal);
      if (found.data[0]) return found.data[0];
    }
    attempted = true;
    const metadata = [{ key: UPLOAD_MARKER_KEY, value: marker }];
    return once<Video>('POST', '/videos', signal, { title, metadata });
  };
}

function randomMarker(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
}
