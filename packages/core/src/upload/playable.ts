import { OptionsError, VidkitError } from '../errors.js';
import { sleep } from '../internal/backoff.js';
import { abortReason } from '../internal/abort-reason.js';

/** Options of `waitUntilPlayable`. */
export interface WaitUntilPlayableOptions {
  /** Stops waiting (rejects with `AbortError`). */
  signal?: AbortSignal;
  /** Give up after this many ms. Default 600 000 (10 minutes). */
  timeout?: number;
  /** First delay between checks in ms; grows by half each time up to `maxDelay`. Default 1 000. */
  baseDelay?: number;
  /** Longest delay between checks in ms. Default 10 000. */
  maxDelay?: number;
  /** The fetch to use. Default: the global `fetch`. */
  fetch?: typeof fetch;
}

/**
 * Resolves with `video` once its HLS manifest is ready (the API answers 202 or an empty body until the first
 * rendition is encoded), as the official uploader checks it. Rejects with a `VidkitError` coded
 * `not_playable_in_time` after `timeout`, or `AbortError` when `signal` aborts.
 *
 * @example
 * const video = await upload.start();
 * await waitUntilPlayable(video, { timeout: 120_000 });
 */
export async function waitUntilPlayable<V extends { videoId?: string; assets?: { hls?: string } }>(
  video: V,
  options: WaitUntilPlayableOptions = {},
): Promise<V> {
  const url = video.assets?.hls;
  if (!url)
    throw new OptionsError('waitUntilPlayable needs a Video with `assets.hls`, as uploads and the API return it.');
  const { signal, timeout = 600_000, baseDelay = 1_000, maxDelay = 10_000 } = options;
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const deadline = Date.now() + timeout;
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await doFetch(url, { signal, cache: 'no-store' });
      const body = response.status === 200 ? await response.text() : '';
      if (body.trim().length > 0) return video;
    } catch (error) {
      if (signal?.aborted) throw abortReason(signal);
      // A network error while encoding is in progress is no verdict: keep polling until the deadline.
    }
    const delay = Math.min(maxDelay, baseDelay * 1.5 ** attempt, deadline - Date.now());
    if (delay <= 0) {
      throw new VidkitError(
        'not_playable_in_time',
        `Video ${video.videoId ?? ''} was not playable within ${timeout} ms. Encoding may still finish; raise \`timeout\` or listen to the video.encoding.quality.completed webhook.`,
      );
    }
    await sleep(delay, signal);
  }
}
