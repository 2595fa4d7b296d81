import type { UploadSnapshot, UploadStatus } from '../upload/types.js';
import { formatBytes, formatDuration, formatSpeed } from './format.js';
import { defaultUploaderMessages, type UploadAction, type UploaderMessages } from './messages.js';

/** A button a row offers: what it does, its text, and its accessible name (the text and the file name). */
export interface UploadRowAction {
  action: UploadAction;
  text: string;
  label: string;
}

/** Everything one uploader row shows, as plain text and numbers (adapters render it as text, never HTML). */
export interface UploadRowView {
  status: UploadStatus;
  /** `Uploading`, `Paused`… */
  statusText: string;
  /** 0–100, whole. */
  percent: number;
  /** The progress bar's accessible name. */
  progressLabel: string;
  /** The progress bar's `aria-valuetext`. */
  progressText: string;
  /** `1.2 MB / 4 MB`. */
  bytesText: string;
  /** Speed and time left, only while the file is moving or waiting. */
  speedText: string | undefined;
  etaText: string | undefined;
  /** `Video vi…` once uploaded. */
  videoText: string | undefined;
  /** Why it failed. */
  errorText: string | undefined;
  /** The buttons this state allows, in display order. */
  actions: readonly UploadRowAction[];
}

/** Texts and number format for the UI helpers. */
export interface UiOptions {
  messages?: UploaderMessages | undefined;
  locale?: string | undefined;
  /** An uploaded file's video encoding, when the queue follows it (`UploadQueueItem.encoding`). */
  encoding?: 'processing' | 'playable' | 'failed' | undefined;
}

const ACTIONS: Record<UploadStatus, readonly UploadAction[]> = {
  idle: ['pause', 'cancel'],
  uploading: ['pause', 'cancel'],
  retrying: ['pause', 'cancel'],
  paused: ['resume', 'cancel'],
  failed: ['retry', 'remove'],
  completed: ['remove'],
  cancelled: ['remove'],
};

/**
 * What an uploader row shows for a file in this state: status text, percent, bytes, speed, time left, error and
 * the actions it offers (pause/cancel while moving, resume/cancel when paused, retry/remove when failed, remove when
 * done or cancelled). Every adapter renders this with the same markup.
 *
 * @example
 * const row = describeUploadRow(item.name, item.snapshot, { locale: 'fr' });
 * row.actions.map((a) => button(a.text, a.label, () => queue[a.action](item.id)));
 */
export function describeUploadRow(name: string, snapshot: UploadSnapshot, options: UiOptions = {}): UploadRowView {
  const { messages = defaultUploaderMessages, locale, encoding } = options;
  const { status } = snapshot;
  const encoded = status === 'completed' ? encoding : undefined;
  const percent = Math.round(snapshot.progress * 100);
  const moving = status === 'uploading' || status === 'retrying' || status === 'idle';
  return {
    status,
    statusText: encoded ? messages.encoding[encoded] : messages.status[status],
    percent,
    progressLabel: messages.progressLabel(name),
    progressText: `${percent}%`,
    bytesText: messages.bytesOf(formatBytes(snapshot.bytesUploaded, locale), formatBytes(snapshot.bytesTotal, locale)),
    speedText: moving ? formatSpeed(snapshot.speed, locale) : undefined,
    etaText: moving ? messages.timeLeft(formatDuration(snapshot.eta, locale)) : undefined,
    videoText: status === 'completed' && snapshot.video ? messages.videoLabel(snapshot.video.videoId) : undefined,
    errorText:
      status === 'failed' ? snapshot.error?.message : encoded === 'failed' ? messages.encoding.failed : undefined,
    actions: ACTIONS[status].map((action) => {
      const text = messages.action[action];
      return { action, text, label: messages.actionLabel(text, name) };
    }),
  };
}

/**
 * What the uploader's polite live region says about a file: milestones only (started, paused, done, failed,
 * cancelled), never every percent. `undefined` while waiting.
 */
export function announceUpload(
  name: string,
  snapshot: UploadSnapshot,
  messages: UploaderMessages = defaultUploaderMessages,
): string | undefined {
  return messages.announce(snapshot.status, name, snapshot.error?.message);
}
