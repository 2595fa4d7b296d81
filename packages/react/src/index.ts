// Components ('use client' modules; default exports per component file, named here).
export { default as VideoUploader } from './uploader/VideoUploader.js';
export type { VideoUploaderProps } from './uploader/VideoUploader.js';
export { default as UploadRow } from './uploader/UploadRow.js';
export type { UploadRowProps } from './uploader/UploadRow.js';
export type { RejectedFile } from '@vidkit/core/ui';
export { default as VideoPlayer } from './player/VideoPlayer.js';
export type { VideoPlayerProps, VideoPlayerHandle } from './player/VideoPlayer.js';
export { default as LiveStatusBadge } from './live/LiveStatusBadge.js';
export type { LiveStatusBadgeProps } from './live/LiveStatusBadge.js';
export { VidkitProvider, useVidkitConfig } from './context.js';

// Hooks: each a short bridge over a core store.
export { useStore } from './hooks/use-store.js';
export { useUpload } from './hooks/use-upload.js';
export type { UseUploadOptions, UseUploadResult } from './hooks/use-upload.js';
export { useUploadQueue } from './hooks/use-upload-queue.js';
export type { UseUploadQueueOptions, UseUploadQueueResult, UploaderItem } from './hooks/use-upload-queue.js';
export { usePlayer } from './hooks/use-player.js';
export type { UsePlayerOptions, UsePlayerResult } from './hooks/use-player.js';
export { useLiveStatus } from './hooks/use-live-status.js';
export { useVideoStatus } from './hooks/use-video-status.js';

// Core's public types and errors, so apps install only @vidkit/react.
export * from './core-types.js';
