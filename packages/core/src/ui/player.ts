import { OptionsError } from '../errors.js';
import type { PlayerSnapshot } from '../player/snapshot.js';
export { playerLiveFlag } from '../player/live-flag.js';
import type { LiveBadgeStatus, VidkitMessages } from './messages.js';

/**
 * The text over the player, if any: `messages.liveOffline` while a live stream is offline, `messages.processing`
 * while a video is still encoding, `messages.processingFailed` or `messages.videoNotFound` for those final errors,
 * `messages.playbackFailed(reason)` for any other failure, else `undefined` (show no overlay).
 *
 * @example
 * const text = playerOverlayText(snapshot, playerMessages(config.messages));
 */
export function playerOverlayText(
  snapshot: PlayerSnapshot | undefined,
  messages: Pick<
    VidkitMessages,
    'liveOffline' | 'processing' | 'processingFailed' | 'videoNotFound' | 'playbackFailed'
  >,
): string | undefined {
  if (snapshot?.status === 'offline') return messages.liveOffline;
  if (snapshot?.status === 'processing') return messages.processing;
  const code = snapshot?.error?.code;
  if (code === 'encoding_failed') return messages.processingFailed;
  if (code === 'not_found') return messages.videoNotFound;
  if (snapshot?.error) return messages.playbackFailed(snapshot.error.message);
  return undefined;
}

/**
 * The live badge's text for a status, from `messages.liveBadge`.
 *
 * @example
 * badge.textContent = liveBadgeLabel(watcher.getSnapshot().status, playerMessages(config.messages));
 */
export function liveBadgeLabel(status: LiveBadgeStatus, messages: Pick<VidkitMessages, 'liveBadge'>): string {
  return messages.liveBadge[status];
}

const RATIO = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*[/:]\s*(\d+(?:\.\d+)?|\.\d+)\s*$/;

/**
 * Checks a player's aspect ratio and returns it as a CSS `aspect-ratio` value: a positive finite number (`1.5` →
 * `'1.5'`), or a `'W/H'` / `'W:H'` string of positive numbers (`'16:9'` → `'16 / 9'`). Anything else throws an
 * `OptionsError` (code `invalid_options`), so a typo shows at once rather than as a collapsed player.
 *
 * @example
 * style.aspectRatio = parseAspectRatio(props.aspectRatio ?? '16/9');
 */
export function parseAspectRatio(value: number | string): string {
  if (typeof value === 'number') {
    if (Number.isFinite(value) && value > 0) return String(value);
  } else if (typeof value === 'string') {
    const match = RATIO.exec(value);
    const [width, height] = [Number(match?.[1]), Number(match?.[2])];
    if (match && width > 0 && height > 0) return `${width} / ${height}`;
  }
  throw new OptionsError(
    `aspectRatio must be a positive number or "W/H" or "W:H" with positive numbers (e.g. 16/9), not ${JSON.stringify(String(value))}.`,
  );
}
