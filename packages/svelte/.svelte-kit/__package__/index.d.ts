export { default as VideoUploader } from './components/VideoUploader.svelte';
export { default as UploadRow } from './components/UploadRow.svelte';
export type { RejectedFile, UploadRowView } from '@vidkit/core/ui';
export { default as VideoPlayer } from './components/VideoPlayer.svelte';
export { default as LiveStatusBadge } from './components/LiveStatusBadge.svelte';
export { default as VidkitProvider } from './components/VidkitProvider.svelte';
export { setVidkitConfig, readVidkitConfig } from './context.js';
export type { VidkitConfigSource } from './context.js';
export { subscribed } from './reactive/subscribe.svelte.js';
export { fileUpload } from './reactive/file-upload.svelte.js';
export type { FileUploadOptions, FileUploadState } from './reactive/file-upload.svelte.js';
export { uploadQueue } from './reactive/upload-queue.svelte.js';
export type {
  UploadQueueStateOptions,
  UploadQueueState,
  UploadQueueEntry,
  SvelteUploadCredential,
} from './reactive/upload-queue.svelte.js';
export { player } from './reactive/player.svelte.js';
export type { PlayerStateOptions, PlayerState } from './reactive/player.svelte.js';
export { liveStatus } from './reactive/live-status.svelte.js';
export type { LiveStatusOptions, LiveStatusState } from './reactive/live-status.svelte.js';
export { videoStatus } from './reactive/video-status.svelte.js';
export type { VideoStatusOptions, VideoStatusState } from './reactive/video-status.svelte.js';
export * from './core-types.js';
//# sourceMappingURL=index.d.ts.map
