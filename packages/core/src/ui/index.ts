// @vidkit/core/ui: what every adapter's uploader and player UI needs, so the four frameworks show the same thing.
export { defaultMessages, resolveMessages, defaultUploaderMessages, uploaderMessages } from './messages.js';
export type {
  VidkitMessages,
  VidkitMessageOverrides,
  UploaderMessages,
  LiveBadgeStatus,
  UploadAction,
} from './messages.js';
export { formatBytes, formatSpeed, formatDuration } from './format.js';
export { acceptFiles } from './accept.js';
export type { AcceptOptions, FileLike, RejectedFile } from './accept.js';
export { describeUploadRow, announceUpload } from './upload-row.js';
export { queueCallbacks } from './uploader-callbacks.js';
export type { UploaderCallbacks } from './uploader-callbacks.js';
export type { UploadRowView, UploadRowAction, UiOptions } from './upload-row.js';
export { playerLiveFlag, playerOverlayText, liveBadgeLabel, parseAspectRatio } from './player.js';
export { playerMessages, defaultPlayerMessages } from './player-messages.js';
export type { PlayerMessages } from './player-messages.js';
export {
  inlineStyles,
  styleText,
  playerBoxStyle,
  videoStyle,
  overlayStyle,
  visuallyHiddenStyle,
} from './inline-styles.js';
export type { InlineStyle } from './inline-styles.js';
