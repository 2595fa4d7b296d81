import type { VideoStatusBody } from './video-status.js';

/**
 * True when a video's encoding is over and nothing came out of it: not playable, and every rendition `failed`
 * (e.g. the uploaded file was not a video). Such a video never becomes playable. Pure.
 */
export function encodingFailed(body: VideoStatusBody): boolean {
  const qualities = body.encoding?.qualities ?? [];
  return body.encoding?.playable !== true && qualities.length > 0 && qualities.every((q) => q.status === 'failed');
}
