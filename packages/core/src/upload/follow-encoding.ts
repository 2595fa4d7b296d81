import { watchVideoStatus, type VideoStatusFetcher } from '../status/video-status.js';

/** Where a finished upload's video stands, as an uploader row says it. */
export type ItemEncoding = 'processing' | 'playable' | 'failed';

/**
 * Follows an uploaded video's encoding through the app's status route until it can play or has failed, telling
 * `onChange` each new state; returns the function that stops following. Loaded on demand by the upload queue, only
 * when it is given `getVideoStatus`.
 */
export function followEncoding(
  videoId: string,
  fetcher: VideoStatusFetcher,
  onChange: (encoding: ItemEncoding) => void,
): () => void {
  const watcher = watchVideoStatus(videoId, { fetcher });
  const off = watcher.subscribe(() => {
    const { status, playable } = watcher.getSnapshot();
    const encoding = status === 'failed' ? 'failed' : playable ? 'playable' : 'processing';
    onChange(encoding);
    if (encoding !== 'processing') off();
  });
  return off;
}
