// Components (compiled by the app's Svelte; `.svelte` files in the package, typed for svelte-check).
export { default as VideoUploader } from './components/VideoUploader.svelte';
export { default as UploadRow } from './components/UploadRow.svelte';
export type { RejectedFile, UploadRowView } from '@vidkit/core/ui';
export { default as VideoPlayer } from './components/VideoPlayer.svelte';
export { default as LiveStatusBadge } from './components/LiveStatusBadge.svelte';
export { default as VidkitProvider } from './components/VidkitProvider.svelte';
export { setVidkitConfig, readVidkitConfig } from './context.js';
export type { VidkitConfigSource } from './context.js';

// Reactive functions: each a short bridge over a core store (options as a getter, results read reactively).
export { subscribed } from './reactive/subscribe.svelte.js';
export { fileUpload } from './reactive/file-upload.svelte.js';
export type { FileUploadStateOptions, FileUploadState } from './reactive/file-upload.svelte.js';
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

// Core's public types and errors, so apps install only @vidkit/svelte.
export * from './core-types.js';
