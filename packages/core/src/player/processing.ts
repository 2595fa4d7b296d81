import { VidkitError } from '../errors.js';
import { visibilityManager } from '../managers/visibility-manager.js';
import { encodingFailed } from '../status/encoding-failed.js';
import { setStatus, type PlayerContext } from './context.js';
import { prefetchPlaylist, type FetchedPlaylist } from './playlist-prefetch.js';

const FIRST_WAIT = 1000;
const LONGEST_WAIT = 10_000;

/** `ms` of visible time: the wait stops while the page is hidden and goes on when it is shown. */
function visibleDelay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = () => {
      clearTimeout(timer);
      off();
      signal.removeEventListener('abort', settle);
      resolve();
    };
    const arm = () => {
      clearTimeout(timer);
      if (visibilityManager.getSnapshot()) timer = setTimeout(settle, ms);
    };
    const off = visibilityManager.subscribe(arm);
    signal.addEventListener('abort', settle);
    arm();
  });
}

const notFound = () =>
  new VidkitError(
    'not_found',
    'No such video: its manifest answered 404. Check the videoId (and deliveryBaseUrl), or get a fresh private token.',
    { status: 404 },
  );

/**
 * Acts on a VOD manifest's first answer when it was not a playlist. `missing` (404) rejects with `not_found`.
 * `processing` waits out a video that is still encoding: api.video answers its manifest 202 (or an empty body) until
 * the first rendition is ready. The status is `processing` meanwhile (not an error). Checks again after 1 s, backing
 * off to 10 s, and never while the page is hidden; needs no credential. With `getVideoStatus` it also asks the app's
 * status source on each check, to tell a slow encoding from one that failed (`encoding_failed`). Resolves with the
 * playlist (status back to `loading`), or `undefined` once `signal` aborts. This module loads only when needed.
 */
export async function waitOut(
  ctx: PlayerContext,
  answer: 'processing' | 'missing',
  url: string,
  signal: AbortSignal,
): Promise<FetchedPlaylist | undefined> {
  if (answer === 'missing') throw notFound();
  setStatus(ctx, 'processing');
  const videoId = ctx.source.mediaId;
  for (let wait = FIRST_WAIT; ; wait = Math.min(LONGEST_WAIT, wait * 2)) {
    await visibleDelay(wait, signal);
    if (signal.aborted) return undefined;
    const { getVideoStatus } = ctx.options;
    if (getVideoStatus && videoId) {
      const body = await getVideoStatus(videoId, { signal }).catch(() => undefined);
      if (signal.aborted) return undefined;
      if (body && encodingFailed(body)) {
        throw new VidkitError(
          'encoding_failed',
          'This video could not be processed (its encoding failed): it will never play. Upload a valid video file.',
        );
      }
    }
    const next = await prefetchPlaylist(url, signal);
    if (signal.aborted) return undefined;
    if (next === 'missing') throw notFound();
    // A network failure while waiting is one more "not yet": the next check may reach the server.
    if (typeof next === 'object') {
      setStatus(ctx, 'loading');
      return next;
    }
  }
}
