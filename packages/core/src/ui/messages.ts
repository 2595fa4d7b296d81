import type { UploadStatus } from '../upload/types.js';
import { defaultPlayerMessages, playerMessages, type PlayerMessages } from './player-messages.js';

/** The status a live badge shows. */
export type LiveBadgeStatus = 'unknown' | 'live' | 'offline' | 'error';

/** An action a row of the uploader offers. */
export type UploadAction = 'pause' | 'resume' | 'retry' | 'cancel' | 'remove';

/**
 * Every text the Vidkit components show or announce, in one object. Override any of them through the provider's
 * `messages` (or a component's `messages` prop) to translate or reword the UI; texts with values are functions.
 * File names arrive as plain strings: adapters render them as text, never as HTML.
 */
export interface VidkitMessages {
  /** Drop zone prompt. */
  dropPrompt: (multiple: boolean) => string;
  /** The button that opens the file chooser. */
  chooseButton: (multiple: boolean) => string;
  /** Accessible name of the list of rows. */
  uploadsLabel: string;
  /** Accessible name of the list of refused files. */
  rejectedLabel: string;
  /** Why a file was refused. */
  rejectedType: (type: string) => string;
  rejectedSize: (limit: string) => string;
  rejectedEmpty: string;
  /** Each row's status. */
  status: Record<UploadStatus, string>;
  /** An uploaded row's status while its video encodes, once it can play, or when it could not be processed. */
  encoding: Record<'processing' | 'playable' | 'failed', string>;
  /** A row's progress bar name. */
  progressLabel: (name: string) => string;
  /** `1.2 MB / 4 MB`. */
  bytesOf: (done: string, total: string) => string;
  /** `12 s left`. */
  timeLeft: (eta: string) => string;
  /** The finished row's video id. */
  videoLabel: (videoId: string) => string;
  /** A row's button text. */
  action: Record<UploadAction, string>;
  /** A row's button accessible name: its text (from `action`) and the file name. */
  actionLabel: (text: string, name: string) => string;
  /** What the polite live region says when a file changes state (`undefined`: nothing). */
  announce: (status: UploadStatus, name: string, error: string | undefined) => string | undefined;
  /** The player's accessible name. */
  playerTitle: string;
  /** Over a live stream that is not broadcasting. */
  liveOffline: string;
  /** Over a video that is still encoding (the player plays it by itself once it can). */
  processing: string;
  /** Over a video whose encoding failed (it will never play). */
  processingFailed: string;
  /** Over a video that does not exist (its manifest answered 404). */
  videoNotFound: string;
  /** Over a video that cannot play. */
  playbackFailed: (reason: string) => string;
  /** The live badge's text per status. */
  liveBadge: Record<LiveBadgeStatus, string>;
}

/** Overrides of some texts: any key of `VidkitMessages`; the `status`, `action` and `liveBadge` records in part. */
export type VidkitMessageOverrides = {
  [K in keyof VidkitMessages]?: VidkitMessages[K] extends (...args: never[]) => unknown
    ? VidkitMessages[K]
    : VidkitMessages[K] extends object
      ? Partial<VidkitMessages[K]>
      : VidkitMessages[K];
};

/** The uploader's texts: `VidkitMessages` without the player's and the badge's (`PlayerMessages`). */
export type UploaderMessages = Omit<VidkitMessages, keyof PlayerMessages>;

// Apart from the player's texts, so a page with only an uploader does not ship those (and the reverse).
export const defaultUploaderMessages: UploaderMessages = {
  dropPrompt: (multiple) => (multiple ? 'Drop videos here' : 'Drop a video here'),
  chooseButton: (multiple) => (multiple ? 'Choose videos' : 'Choose a video'),
  uploadsLabel: 'Uploads',
  rejectedLabel: 'Files not uploaded',
  rejectedType: (type) => `Not an accepted file type (${type || 'unknown type'}).`,
  rejectedSize: (limit) => `Larger than the ${limit} limit.`,
  rejectedEmpty: 'The file is empty.',
  status: {
    idle: 'Waiting',
    uploading: 'Uploading',
    paused: 'Paused',
    retrying: 'Retrying',
    completed: 'Uploaded',
    failed: 'Failed',
    cancelled: 'Cancelled',
  },
  encoding: { processing: 'Processing', playable: 'Ready to play', failed: 'Could not be processed' },
  progressLabel: (name) => `Upload of ${name}`,
  bytesOf: (done, total) => `${done} / ${total}`,
  timeLeft: (eta) => `${eta} left`,
  videoLabel: (videoId) => `Video ${videoId}`,
  action: { pause: 'Pause', resume: 'Resume', retry: 'Retry', cancel: 'Cancel', remove: 'Remove' },
  actionLabel: (text, name) => `${text} ${name}`,
  announce: (status, name, error) => {
    switch (status) {
      case 'uploading':
      case 'retrying':
        return `Uploading ${name}.`;
      case 'paused':
        return `${name} paused.`;
      case 'completed':
        return `${name} uploaded.`;
      case 'failed':
        return `${name} failed: ${error ?? 'unknown error'}`;
      case 'cancelled':
        return `${name} cancelled.`;
      default:
        return undefined;
    }
  },
};

/** The English texts Vidkit ships with: every text of the uploader, the player and the live badge. */
// A pure call, not a spread: bundlers keep a top-level spread (it could run getters), and with it both halves.
export const defaultMessages: VidkitMessages = /* @__PURE__ */ Object.assign(
  {},
  defaultUploaderMessages,
  defaultPlayerMessages,
);

/**
 * The uploader's texts with an app's overrides on top (`config.messages`; `status`, `action` and `encoding` merge
 * key by key).
 * Like `resolveMessages`, without the player's texts.
 *
 * @example
 * const messages = uploaderMessages(config.messages);
 */
export function uploaderMessages(overrides?: VidkitMessageOverrides): UploaderMessages {
  if (!overrides) return defaultUploaderMessages;
  const merged = { ...defaultUploaderMessages, ...overrides } as UploaderMessages;
  merged.status = { ...defaultUploaderMessages.status, ...overrides.status };
  merged.action = { ...defaultUploaderMessages.action, ...overrides.action };
  merged.encoding = { ...defaultUploaderMessages.encoding, ...overrides.encoding };
  return merged;
}

/** `defaultMessages` with an app's overrides on top (nested records merge key by key). */
export function resolveMessages(overrides?: VidkitMessageOverrides): VidkitMessages {
  return { ...uploaderMessages(overrides), ...playerMessages(overrides) } as VidkitMessages;
}
