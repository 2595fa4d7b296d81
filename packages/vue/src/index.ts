// Components (render functions, named exports; `@vidkit/vue/styles.css` themes them).
export { VideoUploader, videoUploaderProps } from './components/VideoUploader.js';
export type { UploaderRowSlotProps, UploaderPromptSlotProps } from './components/VideoUploader.js';
export { UploadRow } from './components/UploadRow.js';
export { VideoPlayer, videoPlayerProps } from './components/VideoPlayer.js';
export type { VideoPlayerHandle } from './components/VideoPlayer.js';
export { LiveStatusBadge } from './components/LiveStatusBadge.js';
export type {
  RejectedFile,
  UploadAction,
  UploadRowView,
  VidkitMessages,
  VidkitMessageOverrides,
} from '@vidkit/core/ui';

// Configuration: app-wide or for a subtree.
export { VidkitPlugin, provideVidkit, useVidkitConfig } from './config.js';

// Composables: each a short bridge over a core store.
export { useStore } from './composables/store.js';
export { useUpload } from './composables/use-upload.js';
export type { UseUploadOptions, UseUploadReturn } from './composables/use-upload.js';
export { useUploadQueue } from './composables/use-upload-queue.js';
export type {
  UseUploadQueueOptions,
  UseUploadQueueReturn,
  VueUploadCredential,
} from './composables/use-upload-queue.js';
export { usePlayer } from './composables/use-player.js';
export type { UsePlayerOptions, UsePlayerReturn } from './composables/use-player.js';
export { useLiveStatus } from './composables/use-live-status.js';
export { useVideoStatus } from './composables/use-video-status.js';

// Everything typed in @vidkit/core (snapshots, options, Video objects, error types), so apps need one package.
export type * from '@vidkit/core';
// Error classes and codes, for `instanceof` and `code` checks.
export {
  ErrorCode,
  VidkitError,
  ApiError,
  NetworkError,
  TimeoutError,
  AbortError,
  UploadError,
  OptionsError,
  isVidkitError,
} from '@vidkit/core';
// hls.js's light build, typed (`loadHls: loadHlsLight`).
export { loadHlsLight } from '@vidkit/core';
