import type { VidkitMessageOverrides, VidkitMessages } from './messages.js';

/** The texts of the player and the live badge: a slice of `VidkitMessages`. */
export type PlayerMessages = Pick<
  VidkitMessages,
  'playerTitle' | 'liveOffline' | 'processing' | 'processingFailed' | 'videoNotFound' | 'playbackFailed' | 'liveBadge'
>;

// Apart from the uploader's texts, so a page with only a player or a badge does not ship those.
export const defaultPlayerMessages: PlayerMessages = {
  playerTitle: 'Video player',
  liveOffline: 'This live stream is offline. It starts by itself when the broadcast begins.',
  processing: 'This video is being processed. It plays as soon as it is ready.',
  processingFailed: 'This video could not be processed.',
  videoNotFound: 'This video does not exist.',
  playbackFailed: (reason) => `The video cannot be played: ${reason}`,
  liveBadge: { unknown: 'Checking…', live: 'Live', offline: 'Offline', error: 'Status unavailable' },
};

/**
 * The player's and the live badge's texts with an app's overrides on top (`config.messages`; `liveBadge` merges
 * key by key). Like `resolveMessages`, without the uploader's texts.
 *
 * @example
 * const messages = playerMessages(config.messages);
 * video.title = messages.playerTitle;
 */
export function playerMessages(overrides: VidkitMessageOverrides = {}): PlayerMessages {
  const messages: Record<string, unknown> = {};
  // Only the player's keys: an app's whole `messages` object may hold the uploader's too.
  for (const [key, value] of Object.entries(defaultPlayerMessages)) {
    messages[key] = overrides[key as keyof PlayerMessages] ?? value;
  }
  messages.liveBadge = { ...defaultPlayerMessages.liveBadge, ...overrides.liveBadge };
  return messages as PlayerMessages;
}
